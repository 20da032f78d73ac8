import type { Metadata } from 'next'
import { CalendarSubscribe } from '@/components/calendar-subscribe'
import { TrainerAssignmentList } from '@/components/trainer-assignment-list'
import { TrainerMonthCalendar } from '@/components/trainer-month-calendar'
import { TrainerSessionDays } from '@/components/trainer-session-days'
import { EmptyState, PageHeader, Section } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'
import { getFeedLinks } from '@/lib/server/calendar/feed-links'
import { getTrainerAgenda } from '@/lib/server/schedule/get-trainer-agenda'
import { defaultMonth, groupByLocalDay, localDateKey, parseMonthKey } from '@/lib/server/schedule/local-days'

export const metadata: Metadata = { title: 'Jadwal saya' }

export default async function TrainerSchedulePage({ searchParams }: { searchParams: Promise<{ bulan?: string | string[] }> }) {
  const actor = await requirePermission('read:schedule:assigned')
  const { bulan } = await searchParams
  const [{ assignments, sessions }, feed] = await Promise.all([
    getTrainerAgenda(actor),
    actor.trainerId ? getFeedLinks(actor.trainerId) : null,
  ])
  const now = new Date()
  // Trainers travel across zones; "today" on the calendar is marked in WIB, the zone most of them live in.
  const today = localDateKey(now, 'Asia/Jakarta')
  const month = parseMonthKey(bulan) ?? defaultMonth(sessions, now, today)
  const upcoming = sessions.filter((s) => s.endsAt >= now)
  const upcomingDays = groupByLocalDay(upcoming)
  const pastDays = groupByLocalDay(sessions.filter((s) => s.endsAt < now)).reverse()
  const upcomingDates = new Set(upcomingDays.map((d) => d.date))
  const sessionsByDay = new Map(groupByLocalDay(sessions).map((d) => [d.date, d.sessions]))
  return (
    <>
      <PageHeader title="Jadwal saya" description="Sesi kelas yang Anda ampu. Semua jam dalam waktu setempat lokasi kelas (WIB, WITA, atau WIT)." />
      <Section title="Kalender">
        <TrainerMonthCalendar month={month} sessionsByDay={sessionsByDay} today={today} hrefFor={(m) => `/pelatih/jadwal?bulan=${m}`} />
      </Section>
      <Section title="Sesi mendatang">
        {upcomingDays.length
          ? <TrainerSessionDays days={upcomingDays} anchored={() => true} />
          : <EmptyState>Tidak ada sesi mendatang.</EmptyState>}
      </Section>
      {pastDays.length ? (
        <section className="mt-8">
          {/* Open when nothing lies ahead, so the latest work is in view. */}
          <details open={!upcomingDays.length}>
            <summary className="mb-3 cursor-pointer text-lg font-semibold text-slate-900">Sesi yang sudah lewat ({pastDays.reduce((n, d) => n + d.sessions.length, 0)})</summary>
            <TrainerSessionDays days={pastDays} anchored={(date) => !upcomingDates.has(date)} />
          </details>
        </section>
      ) : null}
      <Section title="Kelas Anda">
        <TrainerAssignmentList assignments={assignments} />
      </Section>
      {feed ? (
        <Section title="Kalender di ponsel">
          <CalendarSubscribe webcalUrl={feed.webcalUrl} httpsUrl={feed.httpsUrl} />
        </Section>
      ) : null}
    </>
  )
}
