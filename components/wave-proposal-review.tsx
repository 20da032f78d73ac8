import Link from 'next/link'
import { assignmentRoleLabel } from '@/lib/i18n/id'
import type { WaveProposalView } from '@/lib/server/assignments/propose-wave-assignments'
import { ApplyProposalForm } from './apply-proposal-form'
import { Badge, EmptyState } from './ui'

/** The automatic proposal for review: per cohort the proposed trainers, and what could not be filled and why. */
export function WaveProposalReview({ waveId, proposal, cancelHref }: { waveId: string; proposal: WaveProposalView; cancelHref: string }) {
  return (
    <section aria-label="Usulan penugasan" data-testid="proposal" className="mb-8 rounded-lg border-2 border-brand-200 bg-brand-50/40 p-4">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900">Usulan penugasan otomatis</h2>
        <Link href={cancelHref} className="text-sm text-brand-700 hover:underline">Tutup usulan</Link>
      </div>
      <p className="mb-3 text-sm text-slate-600">
        Beban dibagi merata, pelatih dari provinsi kelas diutamakan, dan tidak ada pelatih yang bertugas ganda. Belum ada yang disimpan sebelum Anda menerapkannya.
      </p>
      {proposal.cohorts.length ? (
        <ul className="grid gap-3 md:grid-cols-2">
          {proposal.cohorts.map((c) => (
            <li key={c.cohortId} data-testid="proposal-cohort" className="rounded-md border border-slate-200 bg-white p-3 text-sm">
              <p className="font-medium text-slate-900">{c.label}</p>
              {c.proposed.length ? (
                <ul className="mt-1 space-y-1">
                  {c.proposed.map((p) => (
                    <li key={p.trainerId} className="flex flex-wrap items-baseline gap-x-2">
                      <span className="font-medium">{p.name}</span>
                      <Badge tone={p.role === 'LEAD' ? 'blue' : 'slate'}>{assignmentRoleLabel[p.role]}</Badge>
                      <span className="text-xs text-slate-500">asal {p.homeProvinceName}{p.isHome ? ' ✓' : ''}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
              {c.unfilled ? (
                <div className="mt-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="proposal-unfilled">
                  <p className="font-medium">Kurang {c.unfilled.missing} pelatih</p>
                  {c.unfilled.reasons.map((r) => <p key={r}>{r}</p>)}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : <EmptyState>Semua kelas sudah lengkap. Tidak ada yang perlu diusulkan.</EmptyState>}
      {proposal.token ? <div className="mt-4"><ApplyProposalForm waveId={waveId} token={proposal.token} count={proposal.proposedCount} /></div> : null}
    </section>
  )
}
