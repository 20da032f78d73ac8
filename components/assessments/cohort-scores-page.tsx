// The body of a cohort's score page, shared by Admin Pusat and the cohort's trainers (the form) and
// the province's operator (read only: the role map gives operators no `update:assessment`).
import Link from 'next/link'
import type { Actor } from '@/lib/auth/actor'
import { formatHundredths } from '@/lib/assessments/score'
import { formatDateRange, formatNumber, formatShortDateTimeInZone } from '@/lib/format/date-time'
import { getCohortScoresOrThrow, type RecordedScore } from '@/lib/server/assessments/get-cohort-scores'
import { loadOr404 } from '@/lib/server/page-guards'
import { Breadcrumbs, type Crumb } from '../breadcrumbs'
import { EmptyState, PageHeader, Section, Stat, StatGrid, Table, Td } from '../ui'
import { CohortScoreForm } from './cohort-score-form'

type Props = {
  actor: Actor
  cohortId: string
  trail: Crumb[]; cohortHref: string
  /** Officers: the cohort's certificate page, where the scores count. */
  certificatesHref?: string
  /** False on the operators' page: read only whatever the role map says. */
  editable: boolean
}

export async function CohortScoresPage({ actor, cohortId, trail, cohortHref, certificatesHref, editable }: Props) {
  const { cohort, program, rows, mayEdit } = await loadOr404(getCohortScoresOrThrow(actor, cohortId))
  const passMark = program.postTestRequired ? program.postTestPassMark : null
  const { timeZone, timeZoneLabel } = cohort.province
  const postTaken = rows.filter((r) => r.post).length
  const below = passMark === null ? 0 : rows.filter((r) => r.post && r.post.hundredths < passMark * 100).length
  const recorded = (score: RecordedScore | null) => score ? (
    <>
      <span className="font-medium tabular-nums text-slate-900">{formatHundredths(score.hundredths)}</span>
      <span className="block text-xs text-slate-500">{formatShortDateTimeInZone(score.takenAt, timeZone, timeZoneLabel)}{score.recordedByName ? ` · ${score.recordedByName}` : ''}</span>
    </>
  ) : <span className="text-slate-400">–</span>
  return (
    <>
      <Breadcrumbs trail={[...trail, { href: cohortHref, label: cohort.name }]} current="Nilai" />
      <PageHeader
        title={`Nilai ${cohort.name}`}
        description={`${program.name} · Gelombang ${cohort.wave.number} · ${cohort.province.name} · ${formatDateRange(cohort.startDate, cohort.endDate)} · ${
          passMark === null ? 'Post-test tidak menjadi syarat sertifikat' : `Nilai lulus post-test: ${passMark}`}`}
      />
      <StatGrid>
        <Stat label="Peserta" value={formatNumber(rows.length)} hint="tidak termasuk yang mundur" />
        <Stat label="Pre-test terisi" value={formatNumber(rows.filter((r) => r.pre).length)} />
        <Stat label="Post-test terisi" value={formatNumber(postTaken)} hint={`${formatNumber(rows.length - postTaken)} belum`} />
        {passMark === null ? null : <Stat label="Di bawah nilai lulus" value={formatNumber(below)} hint={`post-test < ${passMark}`} />}
      </StatGrid>
      <Section
        title="Nilai pre-test dan post-test"
        action={certificatesHref ? <Link href={certificatesHref} className="text-sm font-medium whitespace-nowrap text-brand-700 hover:underline">Kelayakan sertifikat →</Link> : undefined}
      >
        {!rows.length ? <EmptyState>Belum ada peserta di kelas ini.</EmptyState> : editable && mayEdit ? (
          <CohortScoreForm
            cohortId={cohort.id} passMark={passMark}
            rows={rows.map((r) => ({ enrolmentId: r.enrolmentId, name: r.name, institution: r.institution, pre: formatHundredths(r.pre?.hundredths ?? null), post: formatHundredths(r.post?.hundredths ?? null) }))}
          />
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-600">Tampilan ini hanya untuk dibaca. Nilai diisi oleh Pelatih Ahli kelas ini atau Admin Pusat.</p>
            {/* Name and institution in one column: on a phone the two scores stay in view. */}
            <Table head={['Peserta', 'Pre-test', 'Post-test']} caption="Nilai pre-test dan post-test peserta">
              {rows.map((r) => (
                <tr key={r.enrolmentId} data-testid="score-row">
                  <Td>
                    <span className="font-medium text-slate-900">{r.name}</span>
                    <span className="block text-xs text-slate-500">{r.institution}</span>
                  </Td>
                  <Td>{recorded(r.pre)}</Td>
                  <Td>{recorded(r.post)}</Td>
                </tr>
              ))}
            </Table>
          </>
        )}
      </Section>
    </>
  )
}
