// Generates a cohort's agenda from its curriculum: items laid out day by day in the venue
// province's local time (stored as UTC instants). A day is a run of 45-minute slots (1 JP each)
// cut by breaks; an item never spans a break or a night; it continues in the next block as a
// numbered part instead. Pure: the seed, the wave wizard and the tests share it.
import { TZDate } from '@date-fns/tz'
import type { SessionKind } from '@/generated/prisma/enums'

export const JP_MINUTES = 45

/** `slots` = 45-minute slots the item occupies (ceremonies: jp 0, slots ≥ 1). */
export type AgendaItem = { kind: SessionKind; title: string; jp: number; slots: number; moduleId?: string | null }

export type DayPlan = {
  /** Local day start, minutes after midnight (480 = 08.00). */
  startMinutes: number
  /** JP (45-minute slots) in a full day, e.g. 9. */
  slotsPerDay: number
  /** E.g. [{ afterSlot: 5, minutes: 75 }] = ishoma after the 5th slot. */
  breaks: { afterSlot: number; minutes: number }[]
  /** The first day starts later (arrival, registration): 5 = at the 6th slot, after lunch. */
  firstDayStartSlot?: number
}

/** 08.00–11.45 (5 JP), ishoma, 13.00–16.00 (4 JP); the first day starts after lunch. */
export const DEFAULT_DAY_PLAN: DayPlan = {
  startMinutes: 8 * 60,
  slotsPerDay: 9,
  breaks: [{ afterSlot: 5, minutes: 75 }],
  firstDayStartSlot: 5,
}

export type PlannedSession = { kind: SessionKind; title: string; moduleId: string | null; jp: number; startsAt: Date; endsAt: Date }

const MINUTES_PER_DAY = 24 * 60

/** Problems with a day plan, in Indonesian (empty when the plan is usable). */
export function validateDayPlan(plan: DayPlan): string[] {
  const errors: string[] = []
  const { startMinutes, slotsPerDay, breaks } = plan
  const firstDayStartSlot = plan.firstDayStartSlot ?? 0
  if (!Number.isInteger(startMinutes) || startMinutes < 0 || startMinutes >= MINUTES_PER_DAY) {
    errors.push('Jam mulai harus antara 00.00 dan 23.59.')
  }
  if (!Number.isInteger(slotsPerDay) || slotsPerDay < 1 || slotsPerDay > 16) {
    errors.push('JP per hari harus bilangan bulat antara 1 dan 16.')
  }
  const positions = new Set<number>()
  for (const b of breaks) {
    if (!Number.isInteger(b.afterSlot) || b.afterSlot < 1 || b.afterSlot >= slotsPerDay) {
      errors.push(`Istirahat setelah JP ke-${b.afterSlot} tidak mungkin: harus setelah JP ke-1 sampai ke-${Math.max(1, slotsPerDay - 1)}.`)
    } else if (positions.has(b.afterSlot)) {
      errors.push(`Ada dua istirahat setelah JP ke-${b.afterSlot}.`)
    }
    positions.add(b.afterSlot)
    if (!Number.isInteger(b.minutes) || b.minutes < 1 || b.minutes > 240) {
      errors.push('Lama istirahat harus antara 1 dan 240 menit.')
    }
  }
  if (!Number.isInteger(firstDayStartSlot) || firstDayStartSlot < 0 || firstDayStartSlot >= slotsPerDay) {
    errors.push(`Hari pertama harus mulai pada JP ke-1 sampai ke-${Math.max(1, slotsPerDay)}.`)
  }
  if (errors.length === 0 && slotStartMinutes(plan, slotsPerDay) > MINUTES_PER_DAY) {
    errors.push('Jadwal sehari melewati tengah malam: kurangi JP per hari atau majukan jam mulai.')
  }
  return errors
}

/** Minutes after midnight at which slot `slot` (0-based) starts; slot = slotsPerDay gives the day's end. */
function slotStartMinutes(plan: DayPlan, slot: number): number {
  const breakMinutes = plan.breaks.filter((b) => b.afterSlot <= slot && b.afterSlot < plan.slotsPerDay).reduce((sum, b) => sum + b.minutes, 0)
  return plan.startMinutes + slot * JP_MINUTES + breakMinutes
}

export type TimetableEntry = { kind: 'JP' | 'BREAK'; number?: number; startMinutes: number; endMinutes: number }

/** A full day of the plan as local times: each JP slot and each break (the settings page's preview). */
export function dayTimetable(plan: DayPlan): TimetableEntry[] {
  const entries: TimetableEntry[] = []
  for (let slot = 0; slot < plan.slotsPerDay; slot++) {
    const start = slotStartMinutes(plan, slot)
    const end = start + JP_MINUTES
    const previous = entries.at(-1)
    if (previous && previous.endMinutes < start) entries.push({ kind: 'BREAK', startMinutes: previous.endMinutes, endMinutes: start })
    entries.push({ kind: 'JP', number: slot + 1, startMinutes: start, endMinutes: end })
  }
  return entries
}

/** Slot ranges [from, to) of one day between breaks. */
function dayBlocks(plan: DayPlan): { from: number; to: number }[] {
  const cuts = [...new Set(plan.breaks.map((b) => b.afterSlot))].sort((a, b) => a - b)
  const edges = [0, ...cuts, plan.slotsPerDay]
  const blocks: { from: number; to: number }[] = []
  for (let i = 0; i + 1 < edges.length; i++) blocks.push({ from: edges[i], to: edges[i + 1] })
  return blocks
}

type Block = { date: string; from: number; to: number }

/** Every block from firstDay to lastDay, the first day starting at firstDayStartSlot. */
function blocksBetween(plan: DayPlan, firstDay: string, lastDay: string): Block[] {
  const perDay = dayBlocks(plan)
  const blocks: Block[] = []
  const dayCount = daysBetween(firstDay, lastDay) + 1
  for (let day = 0; day < dayCount; day++) {
    const date = addDays(firstDay, day)
    const earliest = day === 0 ? (plan.firstDayStartSlot ?? 0) : 0
    for (const b of perDay) {
      const from = Math.max(b.from, earliest)
      if (from < b.to) blocks.push({ date, from, to: b.to })
    }
  }
  return blocks
}

type Part = { block: Block; from: number; slots: number }

/**
 * Lays the items out from firstDay (a local 'YYYY-MM-DD') to lastDay in timeZone, in order. An
 * item that does not fit entirely by lastDay, and every item after it (the order is the
 * agenda), is returned in `unscheduled`.
 */
export function planAgenda(
  items: AgendaItem[],
  input: { firstDay: string; lastDay: string; timeZone: string; dayPlan?: DayPlan },
): { sessions: PlannedSession[]; unscheduled: AgendaItem[] } {
  const plan = input.dayPlan ?? DEFAULT_DAY_PLAN
  const errors = validateDayPlan(plan)
  if (errors.length > 0) throw new Error(`Invalid day plan: ${errors.join(' ')}`)
  const blocks = blocksBetween(plan, input.firstDay, input.lastDay)
  const sessions: PlannedSession[] = []
  let blockIndex = 0
  let used = 0 // slots used in blocks[blockIndex]
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    const parts: Part[] = []
    let remaining = Math.max(1, Math.ceil(item.slots))
    let b = blockIndex
    let u = used
    while (remaining > 0 && b < blocks.length) {
      const block = blocks[b]
      const free = block.to - block.from - u
      if (free <= 0) {
        b++
        u = 0
        continue
      }
      const slots = Math.min(remaining, free)
      parts.push({ block, from: block.from + u, slots })
      u += slots
      remaining -= slots
    }
    if (remaining > 0) return { sessions, unscheduled: items.slice(i) }
    blockIndex = b
    used = u
    sessions.push(...toSessions(item, parts, plan, input.timeZone))
  }
  return { sessions, unscheduled: [] }
}

function toSessions(item: AgendaItem, parts: Part[], plan: DayPlan, timeZone: string): PlannedSession[] {
  const totalSlots = parts.reduce((sum, p) => sum + p.slots, 0)
  let slotsBefore = 0
  return parts.map((part, index) => {
    // Split the JP in proportion to the slots, rounding cumulatively so the parts add up exactly.
    const jpBefore = Math.round((item.jp * slotsBefore) / totalSlots)
    slotsBefore += part.slots
    const jp = Math.round((item.jp * slotsBefore) / totalSlots) - jpBefore
    const start = slotStartMinutes(plan, part.from)
    return {
      kind: item.kind,
      title: parts.length > 1 ? `${item.title} (bagian ${index + 1} dari ${parts.length})` : item.title,
      moduleId: item.moduleId ?? null,
      jp,
      startsAt: localToUtc(part.block.date, start, timeZone),
      endsAt: localToUtc(part.block.date, start + part.slots * JP_MINUTES, timeZone),
    }
  })
}

/** Pre-test, opening, each module in order, post-test, closing. Modules take one slot per JP. */
export function curriculumToAgenda(modules: { id?: string; title: string; jp: number; order: number }[]): AgendaItem[] {
  const ordered = [...modules].sort((a, b) => a.order - b.order)
  return [
    { kind: 'PRE_TEST', title: 'Pre-test', jp: 1, slots: 1 },
    { kind: 'OPENING', title: 'Pembukaan dan Kontrak Belajar', jp: 0, slots: 1 },
    ...ordered.map((m): AgendaItem => ({ kind: 'MODULE', title: m.title, jp: m.jp, slots: Math.max(1, m.jp), moduleId: m.id ?? null })),
    { kind: 'POST_TEST', title: 'Post-test', jp: 1, slots: 1 },
    { kind: 'CLOSING', title: 'Penutupan', jp: 0, slots: 1 },
  ]
}

/** A wall-clock time in a zone as a UTC instant. */
export function localToUtc(isoDate: string, minutesAfterMidnight: number, timeZone: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number)
  const local = new TZDate(year, month - 1, day, Math.floor(minutesAfterMidnight / 60), minutesAfterMidnight % 60, timeZone)
  return new Date(local.getTime())
}

/** "2024-05-19" + n days, on calendar dates (no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Calendar days from a to b (negative when b is before a): daysBetween('2024-05-20', '2024-05-23') = 3. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}
