// The preview step of an issue: per cohort, who will get a certificate, who will not and why, and
// who already holds one; the confirm form below it. Server component.
import type { IssuePreview } from '@/lib/server/certificates/preview-certificate-issue'
import { Badge, Section, Stat, StatGrid } from '../ui'
import { IssueCertificatesForm } from './issue-certificates-form'

export function IssuePreviewView({ preview, target, cancelHref }: { preview: IssuePreview; target: Record<string, string>; cancelHref: string }) {
  const { totals, plans, designProblem } = preview
  return (
    <Section title="Pratinjau penerbitan sertifikat">
      <div className="space-y-4 rounded-lg border border-brand-200 bg-brand-50/40 p-4" data-testid="issue-preview">
        <StatGrid>
          <Stat label="Akan menerima" value={totals.willGet} />
          <Stat label="Belum memenuhi syarat" value={totals.willNot} />
          <Stat label="Sudah memiliki" value={totals.alreadyHave} />
          <Stat label="Kelas" value={plans.length} />
        </StatGrid>
        {plans.map((p) => (
          <div key={p.cohort.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
            <h3 className="font-semibold text-slate-900">{p.cohort.name} <span className="font-normal text-slate-500">· {p.cohort.provinceName} · {p.cohort.totalJp} JP</span></h3>
            <PreviewList title="Akan menerima sertifikat" tone="green" rows={p.willGet.map((r) => ({ key: r.enrolmentId, name: r.name }))} />
            <PreviewList title="Tidak menerima" tone="amber" rows={p.willNot.map((r) => ({ key: r.enrolmentId, name: r.name, note: r.eligibility.reasons.join('; ') }))} />
            <PreviewList title="Sudah memiliki sertifikat" tone="slate" rows={p.alreadyHave.map((r) => ({ key: r.enrolmentId, name: r.name, note: r.validCertificate?.number }))} />
          </div>
        ))}
        {designProblem ? <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{designProblem}</p> : null}
        {!designProblem && totals.willGet === 0 ? <p className="text-sm text-slate-600">Tidak ada sertifikat baru untuk diterbitkan.</p> : null}
        <div className="flex flex-wrap items-start gap-4">
          {/* Always mounted, so that its outcome stays on screen after the page refreshes to 0 to issue. */}
          <IssueCertificatesForm target={target} count={totals.willGet} disabled={!!designProblem} />
          <a href={cancelHref} className="py-2 text-sm text-slate-600 hover:underline">Tutup pratinjau</a>
        </div>
      </div>
    </Section>
  )
}

function PreviewList({ title, tone, rows }: { title: string; tone: 'green' | 'amber' | 'slate'; rows: { key: string; name: string; note?: string }[] }) {
  if (!rows.length) return null
  return (
    <div className="mt-2">
      <p className="text-xs font-medium text-slate-600"><Badge tone={tone}>{rows.length}</Badge> {title}</p>
      <ul className="mt-1 list-inside list-disc text-slate-800">
        {rows.map((r) => <li key={r.key}>{r.name}{r.note ? <span className="text-slate-500"> — {r.note}</span> : null}</li>)}
      </ul>
    </div>
  )
}
