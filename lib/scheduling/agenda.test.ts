import { describe, expect, it } from 'vitest'
import {
  addDays, curriculumToAgenda, dayTimetable, daysBetween, DEFAULT_DAY_PLAN, localToUtc, planAgenda, validateDayPlan, type AgendaItem, type DayPlan,
} from './agenda'

const MODULES = [
  { id: 'm1', title: 'Konsep dan Kebijakan', jp: 2, order: 1 },
  { id: 'm2', title: 'Layanan Informasi', jp: 5, order: 2 },
  { id: 'm3', title: 'Pelibatan Masyarakat', jp: 4, order: 3 },
  { id: 'm4', title: 'Advokasi', jp: 3, order: 4 },
  { id: 'm5', title: 'Literasi TIK', jp: 6, order: 5 },
  { id: 'm6', title: 'Monitoring dan Evaluasi', jp: 2, order: 6 },
  { id: 'm7', title: 'Rencana Tindak Lanjut', jp: 2, order: 7 },
]
const iso = (d: Date) => d.toISOString()
const sumJp = (list: { jp: number }[]) => list.reduce((sum, x) => sum + x.jp, 0)

describe('calendar helpers', () => {
  it('converts local wall-clock times of WIB, WITA and WIT to UTC', () => {
    expect(iso(localToUtc('2024-05-20', 8 * 60, 'Asia/Jakarta'))).toBe('2024-05-20T01:00:00.000Z')
    expect(iso(localToUtc('2024-05-20', 8 * 60, 'Asia/Makassar'))).toBe('2024-05-20T00:00:00.000Z')
    expect(iso(localToUtc('2024-05-20', 8 * 60, 'Asia/Jayapura'))).toBe('2024-05-19T23:00:00.000Z')
    expect(iso(localToUtc('2024-05-20', 13 * 60 + 45, 'Asia/Jakarta'))).toBe('2024-05-20T06:45:00.000Z')
  })

  it('adds and counts calendar days across months and years', () => {
    expect(addDays('2024-05-30', 3)).toBe('2024-06-02')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(daysBetween('2024-05-20', '2024-05-23')).toBe(3)
    expect(daysBetween('2024-05-23', '2024-05-20')).toBe(-3)
    expect(daysBetween('2024-12-30', '2025-01-02')).toBe(3)
  })
})

describe('curriculumToAgenda', () => {
  it('puts pre-test and opening first, modules in order, then post-test and closing', () => {
    const agenda = curriculumToAgenda([MODULES[1], MODULES[0]])
    expect(agenda.map((a) => a.kind)).toEqual(['PRE_TEST', 'OPENING', 'MODULE', 'MODULE', 'POST_TEST', 'CLOSING'])
    expect(agenda[2]).toMatchObject({ title: 'Konsep dan Kebijakan', jp: 2, slots: 2, moduleId: 'm1' })
    expect(agenda[1]).toMatchObject({ jp: 0, slots: 1 })
  })
})

describe('planAgenda with the default day plan', () => {
  const items = curriculumToAgenda(MODULES)
  const { sessions, unscheduled } = planAgenda(items, { firstDay: '2024-05-20', lastDay: '2024-05-23', timeZone: 'Asia/Jakarta' })

  it('starts at 13.00 local on the first day and ends with the closing after lunch on the fourth', () => {
    expect(unscheduled).toEqual([])
    expect(sessions).toHaveLength(12)
    expect(sessions[0]).toMatchObject({ kind: 'PRE_TEST', jp: 1, moduleId: null })
    expect(iso(sessions[0].startsAt)).toBe('2024-05-20T06:00:00.000Z') // 13.00 WIB
    expect(iso(sessions[0].endsAt)).toBe('2024-05-20T06:45:00.000Z')
    expect(sessions.at(-1)).toMatchObject({ kind: 'CLOSING', jp: 0 })
    expect(iso(sessions.at(-1)!.startsAt)).toBe('2024-05-23T06:00:00.000Z')
  })

  it('uses the venue zone', () => {
    const jayapura = planAgenda(items, { firstDay: '2024-05-20', lastDay: '2024-05-23', timeZone: 'Asia/Jayapura' })
    expect(iso(jayapura.sessions[0].startsAt)).toBe('2024-05-20T04:00:00.000Z') // 13.00 WIT
  })

  it('keeps every JP and never overlaps, spans lunch or spans a night', () => {
    expect(sumJp(sessions)).toBe(sumJp(items))
    expect(sumJp(sessions.filter((s) => s.moduleId === 'm5'))).toBe(6)
    for (let i = 1; i < sessions.length; i++) expect(sessions[i].startsAt >= sessions[i - 1].endsAt).toBe(true)
    for (const s of sessions) {
      const start = s.startsAt.getUTCHours() * 60 + s.startsAt.getUTCMinutes() + 7 * 60
      const end = s.endsAt.getUTCHours() * 60 + s.endsAt.getUTCMinutes() + 7 * 60
      expect(start >= 8 * 60 && end <= 16 * 60).toBe(true) // 08.00–16.00 WIB, same day
      expect(start < 11 * 60 + 45 && end > 13 * 60).toBe(false) // 11.45–13.00 is ishoma
      expect((end - start) % 45).toBe(0)
    }
  })

  it('splits an item across lunch into numbered parts with JP split accordingly', () => {
    const parts = sessions.filter((s) => s.moduleId === 'm5') // 6 JP: 2 before lunch, 4 after
    expect(parts.map((s) => s.jp)).toEqual([2, 4])
    expect(parts.map((s) => s.title)).toEqual(['Literasi TIK (bagian 1 dari 2)', 'Literasi TIK (bagian 2 dari 2)'])
    expect(iso(parts[0].endsAt)).toBe('2024-05-22T04:45:00.000Z') // 11.45 WIB
    expect(iso(parts[1].startsAt)).toBe('2024-05-22T06:00:00.000Z') // 13.00 WIB
  })
})

describe('planAgenda edge cases', () => {
  it('splits an item across a night', () => {
    const items: AgendaItem[] = [{ kind: 'MODULE', title: 'Panjang', jp: 6, slots: 6, moduleId: 'x' }]
    const { sessions } = planAgenda(items, { firstDay: '2024-05-20', lastDay: '2024-05-21', timeZone: 'Asia/Makassar' })
    expect(sessions.map((s) => [s.title, s.jp, iso(s.startsAt)])).toEqual([
      ['Panjang (bagian 1 dari 2)', 4, '2024-05-20T05:00:00.000Z'], // 13.00–16.00 WITA
      ['Panjang (bagian 2 dari 2)', 2, '2024-05-21T00:00:00.000Z'], // 08.00 WITA next day
    ])
  })

  it('splits JP in proportion when an item has more slots than JP, preserving the sum', () => {
    const items: AgendaItem[] = [{ kind: 'MODULE', title: 'Praktik', jp: 3, slots: 6 }]
    const { sessions } = planAgenda(items, { firstDay: '2024-05-20', lastDay: '2024-05-21', timeZone: 'Asia/Jakarta' })
    expect(sessions.map((s) => s.jp)).toEqual([2, 1])
    expect(sumJp(sessions)).toBe(3)
  })

  it('returns what does not fit by the last day, in order, and places nothing of it', () => {
    const items = curriculumToAgenda(MODULES)
    const { sessions, unscheduled } = planAgenda(items, { firstDay: '2024-05-20', lastDay: '2024-05-22', timeZone: 'Asia/Jakarta' })
    // Day 1 afternoon (4) + two full days (18) = 22 slots; the agenda needs 28.
    expect(unscheduled.map((u) => u.title)).toEqual(['Monitoring dan Evaluasi', 'Rencana Tindak Lanjut', 'Post-test', 'Penutupan'])
    expect(sessions.some((s) => s.moduleId === 'm6')).toBe(false)
    expect(sumJp(sessions) + sumJp(unscheduled)).toBe(sumJp(items))
  })

  it('returns everything when the last day is before the first', () => {
    const items = curriculumToAgenda(MODULES)
    const result = planAgenda(items, { firstDay: '2024-05-20', lastDay: '2024-05-19', timeZone: 'Asia/Jakarta' })
    expect(result.sessions).toEqual([])
    expect(result.unscheduled).toHaveLength(items.length)
  })

  it('follows a custom day plan: 07.30 start, two breaks, full first day', () => {
    const plan: DayPlan = { startMinutes: 450, slotsPerDay: 8, breaks: [{ afterSlot: 2, minutes: 15 }, { afterSlot: 5, minutes: 60 }] }
    const items: AgendaItem[] = [{ kind: 'MODULE', title: 'M', jp: 8, slots: 8 }]
    const { sessions } = planAgenda(items, { firstDay: '2024-05-20', lastDay: '2024-05-20', timeZone: 'Asia/Jakarta', dayPlan: plan })
    expect(sessions.map((s) => [s.jp, iso(s.startsAt), iso(s.endsAt)])).toEqual([
      [2, '2024-05-20T00:30:00.000Z', '2024-05-20T02:00:00.000Z'], // 07.30–09.00
      [3, '2024-05-20T02:15:00.000Z', '2024-05-20T04:30:00.000Z'], // 09.15–11.30
      [3, '2024-05-20T05:30:00.000Z', '2024-05-20T07:45:00.000Z'], // 12.30–14.45
    ])
  })

  it('refuses an invalid day plan', () => {
    const bad: DayPlan = { ...DEFAULT_DAY_PLAN, slotsPerDay: 0 }
    expect(() => planAgenda([], { firstDay: '2024-05-20', lastDay: '2024-05-20', timeZone: 'Asia/Jakarta', dayPlan: bad })).toThrow()
  })
})

describe('validateDayPlan', () => {
  it('accepts the default plan', () => {
    expect(validateDayPlan(DEFAULT_DAY_PLAN)).toEqual([])
  })

  it.each<[string, Partial<DayPlan>, RegExp]>([
    ['no slots', { slotsPerDay: 0 }, /JP per hari/],
    ['fractional slots', { slotsPerDay: 8.5 }, /JP per hari/],
    ['a break after the last slot', { breaks: [{ afterSlot: 9, minutes: 60 }] }, /Istirahat setelah JP ke-9/],
    ['a break before the first slot', { breaks: [{ afterSlot: 0, minutes: 60 }] }, /Istirahat setelah JP ke-0/],
    ['two breaks at the same place', { breaks: [{ afterSlot: 5, minutes: 60 }, { afterSlot: 5, minutes: 15 }] }, /dua istirahat/],
    ['a zero-minute break', { breaks: [{ afterSlot: 5, minutes: 0 }] }, /Lama istirahat/],
    ['a start after midnight', { startMinutes: 1440 }, /Jam mulai/],
    ['a first day starting after the day ends', { firstDayStartSlot: 9 }, /Hari pertama/],
    ['a day running past midnight', { startMinutes: 20 * 60 }, /tengah malam/],
  ])('rejects %s', (_, change, message) => {
    const errors = validateDayPlan({ ...DEFAULT_DAY_PLAN, ...change })
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.join(' ')).toMatch(message)
  })
})

describe('dayTimetable', () => {
  it('lays out the default day: 5 JP from 08.00, ishoma 11.45–13.00, 4 JP until 16.00', () => {
    const day = dayTimetable(DEFAULT_DAY_PLAN)
    expect(day.filter((e) => e.kind === 'JP')).toHaveLength(9)
    expect(day[0]).toEqual({ kind: 'JP', number: 1, startMinutes: 480, endMinutes: 525 })
    expect(day[5]).toEqual({ kind: 'BREAK', startMinutes: 705, endMinutes: 780 })
    expect(day[6]).toEqual({ kind: 'JP', number: 6, startMinutes: 780, endMinutes: 825 })
    expect(day.at(-1)).toEqual({ kind: 'JP', number: 9, startMinutes: 915, endMinutes: 960 })
  })

  it('shows several breaks in order', () => {
    const day = dayTimetable({ startMinutes: 420, slotsPerDay: 4, breaks: [{ afterSlot: 1, minutes: 15 }, { afterSlot: 3, minutes: 30 }] })
    expect(day.map((e) => `${e.kind}${e.number ?? ''}@${e.startMinutes}-${e.endMinutes}`)).toEqual([
      'JP1@420-465', 'BREAK@465-480', 'JP2@480-525', 'JP3@525-570', 'BREAK@570-600', 'JP4@600-645',
    ])
  })
})
