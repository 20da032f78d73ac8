// The "Peserta" section of an officer's class page (Admin Pusat, the province's operator): the roster,
// and for whoever may give codes the cards of the ticked participants. Server component.
import Link from 'next/link'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { participantPath } from '@/lib/participants/paths'
import { getCohortRosterOrThrow } from '@/lib/server/cohorts/get-cohort-roster'
import { CohortRosterCards } from './cohort-roster-cards'
import { CohortRosterTable, RosterSummary } from './cohort-roster'

export async function CohortRosterSection({ actor, cohortId, zone }: { actor: Actor; cohortId: string; zone: { timeZone: string; timeZoneLabel: string } }) {
  const roster = await getCohortRosterOrThrow(actor, cohortId)
  const canPrint = can(actor.role, 'update', 'participant') && roster.counts.active > 0
  const list = `${actor.role === 'ADMIN_PUSAT' ? '/admin/peserta' : '/provinsi/peserta'}?kelas=${cohortId}`
  const table = <CohortRosterTable roster={roster} zone={zone} linkTo={(id) => participantPath(actor.role, id)} selectable={canPrint} />
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <RosterSummary roster={roster} />
        <Link href={list} className="text-sm font-medium text-brand-700 hover:underline">Cari dan ekspor di daftar peserta</Link>
      </div>
      {canPrint ? <CohortRosterCards cohortId={cohortId} counts={roster.counts}>{table}</CohortRosterCards> : table}
    </div>
  )
}
