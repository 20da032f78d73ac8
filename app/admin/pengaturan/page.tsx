import type { Metadata } from 'next'
import { AttendanceSettingsForm } from '@/components/attendance/attendance-settings-form'
import { SchedulingSettingsForm } from '@/components/scheduling-settings-form'
import { PageHeader, Section } from '@/components/ui'
import { dayTimetable } from '@/lib/scheduling/agenda'
import { requirePermission } from '@/lib/server/auth/session'
import { formatClock } from '@/lib/server/sessions/local-time'
import { getAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import { BREAK_ROWS, getSchedulingSettings } from '@/lib/server/settings/scheduling-settings'

export const metadata: Metadata = { title: 'Pengaturan' }

const clock = (minutes: number) => formatClock(minutes).replace(':', '.')

export default async function SchedulingSettingsPage() {
  await requirePermission('update:setting:any')
  const [{ dayPlan, trainersPerCohort, travelGapDays }, attendance] = await Promise.all([getSchedulingSettings(), getAttendanceSettings()])
  const timetable = dayTimetable(dayPlan)
  return (
    <>
      <PageHeader
        title="Pengaturan penjadwalan"
        description="Aturan nasional untuk agenda yang disusun otomatis dan untuk penugasan pelatih. Agenda yang sudah ada tidak berubah; susun ulang agenda kelas bila perlu."
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <SchedulingSettingsForm
            breakRows={BREAK_ROWS}
            settings={{
              startTime: formatClock(dayPlan.startMinutes), slotsPerDay: dayPlan.slotsPerDay, firstDaySlot: (dayPlan.firstDayStartSlot ?? 0) + 1,
              breaks: dayPlan.breaks, trainersPerCohort, travelGapDays,
            }}
          />
        </div>
        <Section title="Satu hari penuh menurut pengaturan ini">
          <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm" data-testid="day-timetable">
            {timetable.map((entry) => (
              <li key={`${entry.kind}${entry.startMinutes}`} className={`flex justify-between px-3 py-1.5 ${entry.kind === 'BREAK' ? 'bg-amber-50 text-amber-900' : ''}`}>
                <span>{entry.kind === 'JP' ? `JP ${entry.number}` : 'Istirahat'}{entry.kind === 'JP' && entry.number === (dayPlan.firstDayStartSlot ?? 0) + 1 && entry.number > 1 ? ' · hari pertama mulai' : ''}</span>
                <span className="tabular-nums">{clock(entry.startMinutes)}–{clock(entry.endMinutes)}</span>
              </li>
            ))}
          </ol>
        </Section>
      </div>
      <Section title="Aturan presensi">
        <p className="-mt-1 mb-3 text-sm text-slate-600">Berlaku nasional untuk semua kelas. Tanda kehadiran yang sudah dibuat tidak berubah.</p>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:max-w-3xl">
          <AttendanceSettingsForm settings={attendance} />
        </div>
      </Section>
    </>
  )
}
