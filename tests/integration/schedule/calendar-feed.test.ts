// The per-trainer calendar feed: the signed token is the only credential, so it must resist
// forgery and reveal that trainer's sessions only, in UTC.
import { beforeAll, describe, expect, it } from 'vitest'
import { createFeedToken, feedTokenMatches, readFeedToken } from '@/lib/server/calendar/feed-token'
import { rotateCalendarFeed } from '@/lib/server/calendar/rotate-calendar-feed'
import { getTrainerFeedOrThrow } from '@/lib/server/calendar/get-trainer-feed'
import { GET } from '@/app/api/kalender/pelatih/[token]/route'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createSession, createTrainer, createUser } from '../../support/factories'
import { createProgramOfYear, createWaveNumbered } from '../../support/scheduling-factories'

type ParsedEvent = Record<string, string>

/** The VEVENTs of an iCalendar text, property name (without parameters) → value, lines unfolded. */
function parseEvents(ics: string): ParsedEvent[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/)
  const events: ParsedEvent[] = []
  let current: ParsedEvent | null = null
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {}
    else if (line === 'END:VEVENT') { events.push(current!); current = null }
    else if (current) {
      const colon = line.indexOf(':')
      current[line.slice(0, colon).split(';')[0]] = line.slice(colon + 1)
    }
  }
  return events
}

let trainerId: string, otherTrainerId: string, unlinkedTrainerId: string
let ownSessions: string[], otherSession: string
let kaltimSessionId: string

beforeAll(async () => {
  const program = await createProgramOfYear(2024, `Bimtek SPP-TIK Uji Feed`)
  const wave = await createWaveNumbered(program.id, 1)
  const jabar = await createCohort(wave.id, '32')
  const kaltim = await createCohort(wave.id, '64')
  const papua = await createCohort(wave.id, '91')
  await testDb().cohort.update({ where: { id: kaltim.id }, data: { venue: 'Hotel Mercure Samarinda', city: 'Samarinda', name: 'Kelas Kalimantan Timur' } })
  const trainer = await createTrainer('32')
  const other = await createTrainer('91')
  const unlinked = await createTrainer('32')
  await testDb().trainer.update({ where: { id: trainer.id }, data: { name: 'Siti Uji Kalender' } })
  await assignTrainer(trainer.id, jabar.id, 'LEAD')
  await assignTrainer(trainer.id, kaltim.id, 'SUPPORT')
  await assignTrainer(other.id, papua.id, 'LEAD')
  await assignTrainer(unlinked.id, jabar.id)
  // 01.30 UTC: 08.30 WIB in Bandung, 09.30 WITA in Samarinda.
  const jabarSession = await createSession(jabar.id, new Date('2024-05-20T01:30:00Z'), 2)
  const kaltimSession = await createSession(kaltim.id, new Date('2024-05-22T01:30:00Z'), 2)
  await testDb().session.update({ where: { id: kaltimSession.id }, data: { title: 'Pelibatan Masyarakat', mode: 'DARING', meetingUrl: 'https://zoom.example/j/123' } })
  otherSession = (await createSession(papua.id, new Date('2024-05-21T00:00:00Z'))).id
  ownSessions = [jabarSession.id, kaltimSession.id]
  kaltimSessionId = kaltimSession.id
  await createUser('PELATIH_AHLI', { trainerId: trainer.id })
  await createUser('PELATIH_AHLI', { trainerId: other.id })
  trainerId = trainer.id
  otherTrainerId = other.id
  unlinkedTrainerId = unlinked.id
})

// The trainer id a token proves at a version (0 unless given), or null.
const verify = (token: string, version = 0) => {
  const claim = readFeedToken(token)
  return claim && feedTokenMatches(claim, version) ? claim.trainerId : null
}

describe('feed token', () => {
  it('round-trips to the trainer id, with or without ".ics"', () => {
    const token = createFeedToken(trainerId, 0)
    expect(token).toMatch(/^[A-Za-z0-9_-]{64}$/)
    expect(verify(token)).toBe(trainerId)
    expect(verify(`${token}.ics`)).toBe(trainerId)
    expect(createFeedToken(trainerId, 0)).toBe(token)
    expect(createFeedToken(otherTrainerId, 0)).not.toBe(token)
  })

  it('rejects a token that was altered, forged for another id, signed with another secret, or malformed', () => {
    const token = createFeedToken(trainerId, 0)
    // Flip one character of the MAC, and one of the id.
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1)
    expect(verify(flip(token, 60))).toBeNull()
    expect(verify(flip(token, 3))).toBeNull()
    // Another trainer's id glued to this trainer's MAC.
    const otherId = Buffer.from(createFeedToken(otherTrainerId, 0), 'base64url').subarray(0, 16)
    const ownMac = Buffer.from(token, 'base64url').subarray(16)
    expect(verify(Buffer.concat([otherId, ownMac]).toString('base64url'))).toBeNull()
    expect(verify(createFeedToken(trainerId, 0, 'another-secret'))).toBeNull()
    for (const bad of ['', 'abc', `${token}x`, token.slice(0, 63), `${token.slice(0, 63)}=`, trainerId, '../../etc/passwd']) {
      expect(verify(bad), bad).toBeNull()
    }
  })
})

describe('trainer feed', () => {
  it('holds one event per session of the trainer’s cohorts only, in UTC, with stable ids and local time in the description', async () => {
    const { ics } = await getTrainerFeedOrThrow(`${createFeedToken(trainerId, 0)}.ics`)
    expect(ics).toContain('X-WR-CALNAME:Jadwal Bimtek TPBIS — Siti Uji Kalender')
    const events = parseEvents(ics)
    expect(events.map((e) => e.UID).sort()).toEqual(ownSessions.map((id) => `${id}@bimtek.perpusnas.go.id`).sort())
    expect(events.map((e) => e.UID)).not.toContain(`${otherSession}@bimtek.perpusnas.go.id`)
    const kaltim = events.find((e) => e.UID.startsWith(kaltimSessionId))!
    expect(kaltim.DTSTART).toBe('20240522T013000Z')
    expect(kaltim.DTEND).toBe('20240522T030000Z')
    expect(kaltim.SUMMARY).toBe('Pelibatan Masyarakat — Kelas Kalimantan Timur')
    expect(kaltim.LOCATION).toBe('Hotel Mercure Samarinda\\, Samarinda')
    expect(kaltim.DESCRIPTION).toContain('Rabu\\, 22 Mei 2024 pukul 09.30–11.00 WITA')
    expect(kaltim.DESCRIPTION).toContain('https://zoom.example/j/123')
    const jabar = events.find((e) => e.UID.startsWith(ownSessions[0]))!
    expect([jabar.DTSTART, jabar.DTEND]).toEqual(['20240520T013000Z', '20240520T030000Z'])
  })

  it('is not found for a forged token, a trainer without an account, or a deactivated account', async () => {
    await expect(getTrainerFeedOrThrow('A'.repeat(64))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getTrainerFeedOrThrow(createFeedToken(unlinkedTrainerId, 0))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await testDb().user.updateMany({ where: { trainerId: otherTrainerId }, data: { active: false } })
    await expect(getTrainerFeedOrThrow(createFeedToken(otherTrainerId, 0))).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('is served as text/calendar by the route handler, and a forged token gets 404', async () => {
    const call = (token: string) => GET(new Request(`http://localhost/api/kalender/pelatih/${token}`), { params: Promise.resolve({ token }) })
    const ok = await call(`${createFeedToken(trainerId, 0)}.ics`)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(ok.headers.get('cache-control')).toMatch(/^private/)
    expect(parseEvents(await ok.text())).toHaveLength(2)
    const forged = await call(`${'A'.repeat(64)}.ics`)
    expect(forged.status).toBe(404)
    expect(await forged.text()).toBe('Kalender tidak ditemukan.')
  })
})

describe('rotating the feed address', () => {
  it('voids every earlier address of that trainer only, keeps the new one working and audits it', async () => {
    const trainer = await createTrainer('32')
    const neighbour = await createTrainer('32')
    const { actor } = await createUser('PELATIH_AHLI', { trainerId: trainer.id })
    await createUser('PELATIH_AHLI', { trainerId: neighbour.id })
    const before = createFeedToken(trainer.id, 0)
    await expect(getTrainerFeedOrThrow(before)).resolves.toBeTruthy()

    await rotateCalendarFeed(actor)
    await expect(getTrainerFeedOrThrow(before)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getTrainerFeedOrThrow(createFeedToken(trainer.id, 1))).resolves.toBeTruthy()
    await expect(getTrainerFeedOrThrow(createFeedToken(neighbour.id, 0))).resolves.toBeTruthy()
    const audit = await testDb().auditLog.findFirst({ where: { entityId: trainer.id, action: 'rotate-calendar-feed' }, select: { actorId: true, after: true } })
    expect(audit).toMatchObject({ actorId: actor.userId, after: { calendarFeedVersion: 1 } })
  })

  it('is refused to every role but the trainer, and changes nothing', async () => {
    const trainer = await createTrainer('32')
    for (const role of ['ADMIN_PUSAT', 'OPERATOR_PROVINSI', 'PESERTA'] as const) {
      const { actor } = await createUser(role, role === 'OPERATOR_PROVINSI' ? { provinceCode: '32' } : {})
      await expect(rotateCalendarFeed(actor)).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) })
    }
    // A trainer account whose trainer link is missing reaches nothing.
    const { actor: unlinked } = await createUser('PELATIH_AHLI')
    await expect(rotateCalendarFeed(unlinked)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await testDb().trainer.findUniqueOrThrow({ where: { id: trainer.id } })).calendarFeedVersion).toBe(0)
  })
})
