// Lays a cohort's agenda out day by day in the venue province's local time and returns UTC
// instants. A day has a morning block from 08.00 (5 JP, until 11.45), a lunch break (ishoma) and
// an afternoon block from 13.00 (4 JP, until 16.00). The first agenda day starts after lunch
// (morning: arrival and registration). An item that does not fit a block continues in the next
// one as a further part, so no session spans a break.
import { TZDate } from '@date-fns/tz'
import { addDays, type AgendaItem } from './demo-plan'

export const JP_MINUTES = 45

type Block = { day: number; startHour: number; slots: number }
const MORNING = { startHour: 8, slots: 5 }
const AFTERNOON = { startHour: 13, slots: 4 }

export type PlannedSession = {
  kind: AgendaItem['kind']
  title: string
  moduleIndex?: number
  jp: number
  startsAt: Date
  endsAt: Date
}

function* blocks(): Generator<Block> {
  yield { day: 0, ...AFTERNOON }
  for (let day = 1; ; day++) {
    yield { day, ...MORNING }
    yield { day, ...AFTERNOON }
  }
}

/** A wall-clock time in a zone as a UTC instant. */
export function localToUtc(isoDate: string, minutesAfterMidnight: number, timeZone: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number)
  const local = new TZDate(year, month - 1, day, Math.floor(minutesAfterMidnight / 60), minutesAfterMidnight % 60, timeZone)
  return new Date(local.getTime())
}

type Part = { item: AgendaItem; block: Block; firstSlot: number; slots: number }

/** Cuts the agenda into parts that each fit inside one block. */
function cutIntoParts(agenda: readonly AgendaItem[]): Part[] {
  const parts: Part[] = []
  const source = blocks()
  let block = source.next().value as Block
  let used = 0
  for (const item of agenda) {
    let remaining = item.slots
    while (remaining > 0) {
      if (used === block.slots) {
        block = source.next().value as Block
        used = 0
      }
      const slots = Math.min(remaining, block.slots - used)
      parts.push({ item, block, firstSlot: used, slots })
      used += slots
      remaining -= slots
    }
  }
  return parts
}

/** The sessions of one cohort whose agenda starts (after lunch) on `firstDay`, a local calendar date. */
export function planCohortAgenda(agenda: readonly AgendaItem[], firstDay: string, timeZone: string): PlannedSession[] {
  const parts = cutIntoParts(agenda)
  const partCount = new Map<AgendaItem, number>()
  for (const part of parts) partCount.set(part.item, (partCount.get(part.item) ?? 0) + 1)
  const partIndex = new Map<AgendaItem, number>()
  return parts.map(({ item, block, firstSlot, slots }) => {
    const index = (partIndex.get(item) ?? 0) + 1
    partIndex.set(item, index)
    const count = partCount.get(item)!
    const date = addDays(firstDay, block.day)
    const start = block.startHour * 60 + firstSlot * JP_MINUTES
    return {
      kind: item.kind,
      title: count > 1 ? `${item.title} (bagian ${index} dari ${count})` : item.title,
      moduleIndex: item.moduleIndex,
      // Ceremonies (jp 0) stay 0 in every part; taught items count one JP per slot.
      jp: item.jp === 0 ? 0 : slots,
      startsAt: localToUtc(date, start, timeZone),
      endsAt: localToUtc(date, start + slots * JP_MINUTES, timeZone),
    }
  })
}
