import 'server-only'
import ical, { ICalEventStatus } from 'ical-generator'
import type { Actor } from '@/lib/auth/actor'
import { formatSessionTime } from '@/lib/format/date-time'
import { appName, deliveryModeLabel } from '@/lib/i18n/id'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { sessionWhere } from '@/lib/server/scope/where'
import { feedTokenMatches, readFeedToken } from './feed-token'

/** Domain of event UIDs: fixed, so a calendar recognises an event across refreshes and hosts. */
const UID_DOMAIN = 'bimtek.perpusnas.go.id'
/** How often a subscribed calendar should come back (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
export const FEED_REFRESH_SECONDS = 60 * 60

/**
 * The calendar feed behind a trainer's signed token: one event per session of the cohorts the
 * trainer is assigned to, in UTC. The token stands in for a sign-in, so the feed reaches exactly
 * what that trainer's own session would (their active user account, through sessionWhere); a forged
 * token, or a trainer or account that was deactivated, is not found.
 */
export async function getTrainerFeedOrThrow(token: string): Promise<{ trainerName: string; ics: string }> {
  const claim = readFeedToken(token)
  if (!claim) throw notFoundError('Kalender tidak ditemukan.')
  const user = await db.user.findFirst({
    where: { trainerId: claim.trainerId, active: true, role: 'PELATIH_AHLI', trainer: { active: true } },
    select: { id: true, name: true, role: true, provinceCode: true, trainerId: true, participantId: true, trainer: { select: { name: true, calendarFeedVersion: true } } },
  })
  // An address made for an earlier version was voided by its trainer: as unknown as a forged one.
  if (!user?.trainer || !feedTokenMatches(claim, user.trainer.calendarFeedVersion)) throw notFoundError('Kalender tidak ditemukan.')
  const actor: Actor = { userId: user.id, name: user.name, role: user.role, provinceCode: user.provinceCode, trainerId: user.trainerId, participantId: user.participantId }
  const sessions = await db.session.findMany({
    where: sessionWhere(actor),
    orderBy: { startsAt: 'asc' },
    select: {
      id: true, title: true, startsAt: true, endsAt: true, mode: true, meetingUrl: true,
      cohort: {
        select: {
          name: true, venue: true, city: true, status: true,
          wave: { select: { number: true, program: { select: { name: true } } } },
          province: { select: { timeZone: true, timeZoneLabel: true } },
        },
      },
    },
  })
  const calendar = ical({
    name: `Jadwal ${appName} — ${user.trainer.name}`,
    description: `Sesi ${appName} yang diampu ${user.trainer.name}`,
    prodId: { company: 'Perpustakaan Nasional RI', product: appName, language: 'ID' },
    ttl: FEED_REFRESH_SECONDS,
  })
  for (const s of sessions) {
    const { cohort } = s
    const description = [
      `${formatSessionTime(s.startsAt, s.endsAt, cohort.province.timeZone, cohort.province.timeZoneLabel)} (waktu setempat)`,
      `${cohort.wave.program.name} · Gelombang ${cohort.wave.number} · ${deliveryModeLabel[s.mode]}`,
      s.meetingUrl ? `Tautan pertemuan: ${s.meetingUrl}` : null,
    ].filter(Boolean).join('\n')
    calendar.createEvent({
      id: `${s.id}@${UID_DOMAIN}`,
      start: s.startsAt, // no time zone given: written in UTC (…Z)
      end: s.endsAt,
      summary: `${s.title} — ${cohort.name}`,
      location: `${cohort.venue}, ${cohort.city}`,
      description,
      url: s.meetingUrl ?? undefined,
      status: cohort.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  return { trainerName: user.trainer.name, ics: calendar.toString() }
}
