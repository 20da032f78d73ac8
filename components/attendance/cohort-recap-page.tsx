// The body of a cohort's recap page, shared by Admin Pusat, Operator Provinsi and the cohort's
// trainers; each page checks its own permission first and says where a correction lives (officers).
import Link from 'next/link'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { formatDateRange } from '@/lib/format/date-time'
import { getCohortAttendanceRecapOrThrow } from '@/lib/server/attendance/get-cohort-attendance-recap'
import { loadOr404 } from '@/lib/server/page-guards'
import { Breadcrumbs, type Crumb } from '../breadcrumbs'
import { PageHeader } from '../ui'
import { CohortAttendanceRecapView } from './cohort-attendance-recap'

export const cohortRecapExportHref = (cohortId: string) => `/api/presensi/rekap/kelas/${encodeURIComponent(cohortId)}`
export const waveRecapExportHref = (waveId: string) => `/api/presensi/rekap/gelombang/${encodeURIComponent(waveId)}`

type Props = {
  actor: Actor; cohortId: string; trail: Crumb[]; cohortHref: string; correctionBase?: string
  /** The cohort's score page, where the viewer has one. */
  scores?: { href: string; label: string }
}

export async function CohortRecapPage({ actor, cohortId, trail, cohortHref, correctionBase, scores }: Props) {
  const recap = await loadOr404(getCohortAttendanceRecapOrThrow(actor, cohortId))
  const { cohort } = recap
  const mayCorrect = !!correctionBase && can(actor.role, 'update', 'attendance')
  return (
    <>
      <Breadcrumbs trail={[...trail, { href: cohortHref, label: cohort.name }]} current="Rekap presensi" />
      <PageHeader
        title={`Rekap presensi ${cohort.name}`}
        description={`${cohort.wave.program.name} · Gelombang ${cohort.wave.number} (${deliveryModeLabel[cohort.wave.mode]}) · ${formatDateRange(cohort.startDate, cohort.endDate)} · ${cohort.venue}, ${cohort.city}`}
      />
      {scores ? (
        <Link href={scores.href} className="mb-4 inline-block rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">{scores.label}</Link>
      ) : null}
      <CohortAttendanceRecapView
        recap={recap}
        correctionHref={mayCorrect ? (sessionId, enrolmentId) => `${correctionBase}?sesi=${sessionId}&peserta=${enrolmentId}` : undefined}
        exportHref={can(actor.role, 'export', 'attendance') ? cohortRecapExportHref(cohort.id) : undefined}
      />
    </>
  )
}
