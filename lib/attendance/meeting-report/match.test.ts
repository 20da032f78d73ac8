import { describe, expect, it } from 'vitest'
import { nameKey } from './names'
import { matchReport, type EnrolledParticipant, type MatchContext } from './match'
import type { JoinRow } from './types'

const at = (hhmm: string) => new Date(`2024-06-20T${hhmm}:00Z`)
let line = 0
const row = (name: string, from: string, to: string, email: string | null = null): JoinRow => ({ line: ++line, name, email, joinedAt: at(from), leftAt: at(to) })

const participants: EnrolledParticipant[] = [
  { enrolmentId: 'e-dewi', name: 'Dewi Lestari', email: null, phone: '+6281200000001', institution: 'Perpusdes Sukamaju' },
  { enrolmentId: 'e-dewa', name: 'Dewi Anggraini', email: null, phone: null, institution: 'TBM Pelita' },
  { enrolmentId: 'e-budi', name: 'Budi Santoso', email: 'budi@example.id', phone: null, institution: 'TBM Cahaya' },
  { enrolmentId: 'e-rina', name: 'Rina Marlina', email: null, phone: '+6281234567890', institution: null },
  { enrolmentId: 'e-siti', name: 'Siti Aminah', email: null, phone: null, institution: null },
]
const context = (over: Partial<MatchContext> = {}): MatchContext => ({
  session: { startsAt: at('02:00'), endsAt: at('04:00') },
  rules: { onlinePresentPercent: 75, lateGraceMinutes: 15 },
  participants, links: new Map(), staff: { names: ['Drs. Ahmad Pelatih'], emails: ['host@perpusnas.go.id'] },
  ...over,
})

describe('matchReport', () => {
  it('matches by e-mail, phone in the name and name, and sums rejoins', () => {
    const result = matchReport([
      row('budi hp', '02:00', '03:00', 'budi@example.id'),
      row('Budi Santoso', '03:05', '04:00', 'budi@example.id'),
      row('Rina 0812-3456-7890', '02:20', '04:00'),
      row('Dewi Lestari - Perpusdes Sukamaju', '01:55', '04:00'),
    ], context())
    expect(result.matched.map((m) => [m.enrolmentId, m.how, m.minutes, m.status])).toEqual([
      ['e-budi', 'EMAIL', 115, 'HADIR'],
      ['e-dewi', 'NAME', 120, 'HADIR'],
      ['e-rina', 'PHONE', 100, 'TERLAMBAT'],
    ])
    expect(result.matched[0].attendees[0]).toMatchObject({ names: ['budi hp', 'Budi Santoso'], joins: 2 })
    expect(result.absent.map((a) => a.enrolmentId)).toEqual(['e-dewa', 'e-siti'])
  })

  it('groups rejoins by the name key, whatever the suffix, and counts overlaps once', () => {
    const result = matchReport([
      row('Siti Aminah (laptop)', '02:00', '03:30'),
      row('Siti Aminah - TBM Melati', '02:10', '04:00'),
    ], context())
    // "laptop" is not an institution word, so the two names are two groups that both match Siti.
    expect(result.matched).toHaveLength(1)
    expect(result.matched[0]).toMatchObject({ enrolmentId: 'e-siti', minutes: 120, status: 'HADIR' })
  })

  it('leaves an ambiguous first name unmatched, with the likely participants', () => {
    const result = matchReport([row('Dewi', '02:00', '04:00')], context())
    expect(result.matched).toEqual([])
    expect(result.unmatched[0].candidates.map((c) => c.enrolmentId)).toEqual(['e-dewa', 'e-dewi'])
  })

  it('uses a link made by hand for the cohort, before anything else', () => {
    expect(nameKey('Galaxy A12')).toBe('galaxy')
    const result = matchReport([row('Galaxy A12', '02:00', '04:00')], context({ links: new Map([['galaxy', 'e-siti']]) }))
    expect(result.matched[0]).toMatchObject({ enrolmentId: 'e-siti', how: 'LINK' })
  })

  it('ignores a link to someone no longer enrolled', () => {
    const result = matchReport([row('Galaxy A12', '02:00', '04:00')], context({ links: new Map([['galaxy', 'e-withdrawn']]) }))
    expect(result.unmatched).toHaveLength(1)
  })

  it('sets aside the host, the trainers and duplicated lines', () => {
    const dup = row('Budi Santoso', '02:00', '04:00', 'budi@example.id')
    const result = matchReport([
      row('Bimtek Host', '01:50', '04:10', 'host@perpusnas.go.id'),
      row('Ahmad Pelatih', '01:50', '04:10'),
      dup, { ...dup, line: 99 },
    ], context())
    expect(result.ignored.map((i) => i.reason)).toEqual([
      expect.stringContaining('Baris ganda'), 'Host atau Pelatih Ahli sesi ini.', 'Host atau Pelatih Ahli sesi ini.',
    ])
    expect(result.matched[0]).toMatchObject({ enrolmentId: 'e-budi', minutes: 120 })
  })

  it('marks nothing below the share', () => {
    const result = matchReport([row('Siti Aminah', '02:00', '03:00')], context())
    expect(result.matched[0]).toMatchObject({ minutes: 60, status: null })
    expect(result.requiredMinutes).toBe(90)
  })
})
