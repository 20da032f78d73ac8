import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { formatHundredths, hundredthsToDecimal, toHundredths } from '@/lib/assessments/score'
import { lockKeys } from '@/lib/server/advisory-locks'
import { writeAuditLogs, type AuditEntry } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { assessableEnrolmentWhere, assessmentWhere, cohortWhere } from '@/lib/server/scope/where'
import { idOrNotFound, validationError } from '@/lib/server/validation'
import { readScoreFields, type ScoreEntry } from './score-form'

export type SaveScoresResult = { created: number; updated: number; deleted: number }

type Stored = { id: string; enrolmentId: string; kind: ScoreEntry['kind']; score: { toString(): string }; takenAt: Date; recordedById: string | null }

const auditView = (a: Pick<Stored, 'enrolmentId' | 'kind' | 'takenAt' | 'recordedById'> & { score: string }) =>
  ({ enrolmentId: a.enrolmentId, kind: a.kind, score: a.score, takenAt: a.takenAt, recordedById: a.recordedById })

function staleMessage(current: number | null) {
  const now = current === null ? 'dikosongkan' : `diubah menjadi ${formatHundredths(current)}`
  return `Nilai ini sudah ${now} oleh pengguna lain sejak formulir dibuka. Muat ulang halaman, lalu isi kembali bila perlu.`
}

/**
 * Saves the changed pre-test and post-test scores of one cohort's participants in one transaction
 * (Admin Pusat, the cohort's trainers): a new or changed score is written with the actor and now as
 * its time, a blank one removes the stored score, an unchanged one is left as it was (time kept).
 * Any bad field — not a score, out of range, not a participant of this cohort, withdrawn, changed by
 * someone else since the form was opened — refuses the whole save, with a message per field.
 * One audit record per changed score, with the score before and after.
 */
export async function saveCohortScores(actor: Actor, raw: Record<string, unknown>, now = new Date()): Promise<SaveScoresResult> {
  requireAccess(actor, 'update', 'assessment')
  const cohortId = idOrNotFound(raw.cohortId, 'Kelas tidak ditemukan.')
  const { entries, errors } = readScoreFields(raw)
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findFirst({ where: { AND: [cohortWhere(actor), { id: cohortId }] }, select: { id: true } })
    if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
    // Two saves of one cohort at once: the second sees the first's scores, so its stale check holds.
    await lockKeys(tx, [`assessment:cohort:${cohortId}`])
    const ids = [...new Set(entries.map((e) => e.enrolmentId))]
    const enrolments = await tx.enrolment.findMany({
      where: { AND: [assessableEnrolmentWhere(actor, 'update'), { id: { in: ids } }] }, select: { id: true, cohortId: true, status: true },
    })
    const stored = await tx.assessment.findMany({
      where: { AND: [assessmentWhere(actor, 'update'), { enrolmentId: { in: ids } }] },
      select: { id: true, enrolmentId: true, kind: true, score: true, takenAt: true, recordedById: true },
    })
    const enrolmentOf = new Map(enrolments.map((e) => [e.id, e]))
    const storedOf = new Map(stored.map((a) => [`${a.kind}:${a.enrolmentId}`, a]))
    const changes: { entry: ScoreEntry; before: Stored | null }[] = []
    for (const entry of entries) {
      const enrolment = enrolmentOf.get(entry.enrolmentId)
      if (!enrolment || enrolment.cohortId !== cohortId) {
        errors[entry.field] = ['Peserta ini tidak terdaftar di kelas ini.']
        continue
      }
      if (enrolment.status === 'WITHDRAWN') {
        errors[entry.field] = ['Peserta ini sudah mengundurkan diri; nilainya tidak dapat diisi.']
        continue
      }
      const before = storedOf.get(`${entry.kind}:${entry.enrolmentId}`) ?? null
      const current = before ? toHundredths(before.score) : null
      // Left as the form showed it: nothing to write, even when someone else has changed it since.
      if (entry.was !== undefined && entry.hundredths === entry.was) continue
      if (entry.was !== undefined && entry.was !== current) {
        errors[entry.field] = [staleMessage(current)]
        continue
      }
      if (entry.hundredths !== current) changes.push({ entry, before })
    }
    const problems = Object.keys(errors).length
    if (problems) throw validationError(errors, `Nilai tidak disimpan. Periksa ${problems} isian yang ditandai.`)

    const audits: AuditEntry[] = []
    const result: SaveScoresResult = { created: 0, updated: 0, deleted: 0 }
    for (const { entry, before } of changes) {
      const { enrolmentId, kind, hundredths } = entry
      const beforeView = before ? auditView({ ...before, score: hundredthsToDecimal(toHundredths(before.score)) }) : null
      if (hundredths === null) {
        await tx.assessment.delete({ where: { id: before!.id } })
        audits.push({ action: 'delete', entity: 'Assessment', entityId: before!.id, before: beforeView, after: null })
        result.deleted++
        continue
      }
      const data = { score: hundredthsToDecimal(hundredths), takenAt: now, recordedById: actor.userId }
      const saved = before
        ? await tx.assessment.update({ where: { id: before.id }, data, select: { id: true } })
        : await tx.assessment.create({ data: { enrolmentId, kind, ...data }, select: { id: true } })
      audits.push({ action: before ? 'update' : 'create', entity: 'Assessment', entityId: saved.id, before: beforeView, after: auditView({ enrolmentId, kind, ...data }) })
      result[before ? 'updated' : 'created']++
    }
    await writeAuditLogs(tx, actor, audits)
    return result
  })
}
