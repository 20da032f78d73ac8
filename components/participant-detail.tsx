import type { Actor } from '@/lib/auth/actor'
import { formatDateRange } from '@/lib/format/date-time'
import { enrolmentStatusLabel } from '@/lib/i18n/id'
import type { ParticipantRecord } from '@/lib/server/participants/get-participant-record'
import { listRegencyOptions, listVillageOptions } from '@/lib/server/participants/list-region-options'
import { countClosedCohorts, listRegistrationCohorts } from '@/lib/server/participants/list-registration-cohorts'
import { can } from '@/lib/auth/permissions'
import { closedCohortsNote } from '@/lib/participants/closed-cohorts-note'
import { EnrolParticipantForm, MoveEnrolmentForm, WithdrawEnrolmentForm } from './enrolment-actions'
import { ParticipantForm } from './participant-form'
import { enrolmentStatusTone } from './participant-list'
import { ParticipantAccess } from './participant-access'
import { Badge, Section } from './ui'

/** A participant's edit form and enrolments (withdraw, move), for operators and Admin Pusat alike. */
export async function ParticipantDetail({ actor, participant }: { actor: Actor; participant: ParticipantRecord }) {
  const [regencies, villages, cohorts, closed] = await Promise.all([
    listRegencyOptions([participant.provinceCode]),
    listVillageOptions(participant.regencyCode),
    listRegistrationCohorts(actor, { provinceCode: participant.provinceCode }),
    countClosedCohorts(actor, { provinceCode: participant.provinceCode }),
  ])
  const closedNote = closedCohortsNote(closed, can(actor.role, 'update', 'cohort'))
  const canEdit = can(actor.role, 'update', 'participant')
  const canChangeEnrolment = can(actor.role, 'update', 'enrolment')
  return (
    <>
      <Section title="Kelas yang diikuti">
        {participant.enrolments.length ? (
          <ul className="space-y-3">
            {participant.enrolments.map((e) => {
              // Within one wave the province's quota does not change with a move: only the cohort's own counts.
              const targets = cohorts
                .filter((c) => c.programId === e.programId && c.id !== e.cohort.id)
                .map((c) => ({ id: c.id, label: c.label, placesLeft: c.waveId === e.cohort.waveId ? c.cohortPlacesLeft : c.placesLeft }))
              return (
                <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{e.cohort.wave.program.name} · Gelombang {e.cohort.wave.number} · {e.cohort.name}</span>
                    <Badge tone={enrolmentStatusTone[e.status]}>{enrolmentStatusLabel[e.status]}</Badge>
                  </div>
                  <p className="text-sm text-slate-600">{e.cohort.city} · {formatDateRange(e.cohort.startDate, e.cohort.endDate)}</p>
                  {e.status === 'WITHDRAWN' && e.withdrawnReason ? <p className="mt-1 text-sm text-slate-600">Alasan: {e.withdrawnReason}</p> : null}
                  {e.status === 'REGISTERED' && canChangeEnrolment ? (
                    <div className="mt-3 grid gap-4 border-t border-slate-100 pt-3 md:grid-cols-2">
                      <MoveEnrolmentForm enrolmentId={e.id} cohorts={targets} />
                      <WithdrawEnrolmentForm enrolmentId={e.id} />
                    </div>
                  ) : null}
                </li>
              )
            })}
          </ul>
        ) : <p className="text-sm text-slate-500">Belum terdaftar di kelas mana pun.</p>}
        {canChangeEnrolment ? (
          <div className="mt-3 max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <EnrolParticipantForm
              participantId={participant.id}
              cohorts={cohorts
                .filter((c) => !participant.enrolments.some((e) => e.programId === c.programId))
                .map((c) => ({ id: c.id, label: c.label, placesLeft: c.placesLeft }))}
            />
          </div>
        ) : null}
        {canChangeEnrolment && closedNote ? <p className="mt-2 max-w-3xl text-xs text-slate-500" data-testid="closed-cohorts-note">{closedNote}</p> : null}
      </Section>
      {canEdit ? (
        <Section title="Kode akses dan tautan masuk">
          <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <ParticipantAccess participantId={participant.id} hasAccount={participant.hasAccessCode} />
          </div>
        </Section>
      ) : null}
      {canEdit ? (
        <Section title="Data peserta">
          <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <ParticipantForm mode="edit" participant={participant} regencies={regencies} villages={villages} />
          </div>
        </Section>
      ) : null}
    </>
  )
}
