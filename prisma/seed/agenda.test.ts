import { describe, expect, it } from 'vitest'
import { planCohortAgenda } from './agenda'
import { DEMO_AGENDA, DEMO_MODULES } from './demo-plan'

describe('planCohortAgenda', () => {
  const jakarta = planCohortAgenda(DEMO_AGENDA, '2024-05-20', 'Asia/Jakarta')

  it('starts with the pre-test at 13.00 local time, stored in UTC', () => {
    expect(jakarta[0]).toMatchObject({ kind: 'PRE_TEST', jp: 1 })
    expect(jakarta[0].startsAt.toISOString()).toBe('2024-05-20T06:00:00.000Z') // 13.00 WIB
    expect(jakarta[0].endsAt.toISOString()).toBe('2024-05-20T06:45:00.000Z')
  })

  it('uses the zone of the venue', () => {
    const jayapura = planCohortAgenda(DEMO_AGENDA, '2024-05-20', 'Asia/Jayapura')
    expect(jayapura[0].startsAt.toISOString()).toBe('2024-05-20T04:00:00.000Z') // 13.00 WIT
  })

  it('keeps every JP of the curriculum and ends with the closing after lunch on the fourth day', () => {
    const moduleJp = jakarta.filter((s) => s.kind === 'MODULE').reduce((sum, s) => sum + s.jp, 0)
    expect(moduleJp).toBe(DEMO_MODULES.reduce((sum, m) => sum + m.jp, 0))
    const closing = jakarta[jakarta.length - 1]
    expect(closing.kind).toBe('CLOSING')
    expect(closing.startsAt.toISOString()).toBe('2024-05-23T06:00:00.000Z') // 13.00 WIB
    expect(jakarta).toHaveLength(12)
  })

  it('never overlaps, never spans lunch and gives each session 45 minutes a slot', () => {
    for (let i = 1; i < jakarta.length; i++) expect(jakarta[i].startsAt >= jakarta[i - 1].endsAt).toBe(true)
    for (const s of jakarta) {
      const startHourUtc = s.startsAt.getUTCHours() + s.startsAt.getUTCMinutes() / 60
      const endHourUtc = s.endsAt.getUTCHours() + s.endsAt.getUTCMinutes() / 60
      expect(startHourUtc < 4.75 && endHourUtc > 6).toBe(false) // 11.45–13.00 WIB is lunch
      expect((s.endsAt.getTime() - s.startsAt.getTime()) % (45 * 60_000)).toBe(0)
    }
  })

  it('numbers the parts of an item split across blocks', () => {
    const parts = jakarta.filter((s) => s.moduleIndex === 4) // 6 JP: 2 before lunch, 4 after
    expect(parts.map((s) => s.jp)).toEqual([2, 4])
    expect(parts.map((s) => s.title)).toEqual([
      'Literasi TIK dan Literasi Digital (bagian 1 dari 2)',
      'Literasi TIK dan Literasi Digital (bagian 2 dari 2)',
    ])
  })
})
