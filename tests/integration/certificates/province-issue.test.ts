// Operators issuing for their own province: off in the role map by default (a commented line in
// OPERATOR_PROVINSI). Here the map is extended exactly as uncommenting that line would: the
// operator's `issue:certificate` access becomes 'province', everything else stays the real map.
import { describe, expect, it, vi } from 'vitest'
import { issueCertificates } from '@/lib/server/certificates/issue-certificates'
import { listCohortEligibilityOrThrow } from '@/lib/server/certificates/list-cohort-eligibility'
import { previewCertificateIssue } from '@/lib/server/certificates/preview-certificate-issue'
import { revokeCertificate } from '@/lib/server/certificates/revoke-certificate'
import { testDb } from '../../support/database'
import { expectAppError } from '../../support/scheduling-factories'
import { buildCertificateWorld } from './certificate-world'

vi.mock('@/lib/auth/permissions', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/auth/permissions')>()
  const accessFor: typeof real.accessFor = (role, action, entity) =>
    role === 'OPERATOR_PROVINSI' && action === 'issue' && entity === 'certificate' ? 'province' : real.accessFor(role, action, entity)
  return { ...real, accessFor, can: (role: Parameters<typeof accessFor>[0], action: Parameters<typeof accessFor>[1], entity: Parameters<typeof accessFor>[2]) => accessFor(role, action, entity) !== null }
})

describe('issue:certificate:province', () => {
  it('lets an operator issue their own province\'s cohorts, a wave only as far as their province', async () => {
    const w = await buildCertificateWorld()
    expect((await listCohortEligibilityOrThrow(w.actors.operatorJabar, w.cohortA)).mayIssue).toBe(true)
    const preview = await previewCertificateIssue(w.actors.operatorJabar, { kind: 'wave', waveId: w.waveId, provinceCode: null })
    expect(preview.plans.map((p) => p.cohort.provinceCode)).toEqual(['32', '32'])
    const r = await issueCertificates(w.actors.operatorJabar, { waveId: w.waveId })
    expect(r.issued).toBe(5)
    const certs = await testDb().certificate.findMany({ where: { enrolment: { programId: w.programId } }, select: { number: true, enrolment: { select: { cohort: { select: { provinceCode: true } } } } } })
    expect(certs.every((c) => c.enrolment.cohort.provinceCode === '32')).toBe(true)
    // Revoking stays with Admin Pusat.
    await expectAppError(revokeCertificate(w.actors.operatorJabar, { certificateId: (await testDb().certificate.findFirstOrThrow({ where: { enrolment: { programId: w.programId } } })).id, reason: 'Data peserta keliru' }), 'FORBIDDEN')
  })

  it('refuses another province: its cohort is not found, a wave for it is refused, nothing written', async () => {
    const w = await buildCertificateWorld()
    await expectAppError(issueCertificates(w.actors.operatorJabar, { cohortId: w.cohortB }), 'NOT_FOUND')
    await expectAppError(issueCertificates(w.actors.operatorJabar, { waveId: w.waveId, provinceCode: '64' }), 'FORBIDDEN', /provinsi Anda/)
    await expectAppError(previewCertificateIssue(w.actors.operatorKaltim, { kind: 'cohort', cohortId: w.cohortA }), 'NOT_FOUND')
    expect((await listCohortEligibilityOrThrow(w.actors.operatorKaltim, w.cohortB)).mayIssue).toBe(true)
    await expectAppError(listCohortEligibilityOrThrow(w.actors.operatorKaltim, w.cohortA), 'NOT_FOUND')
    expect(await testDb().certificate.count({ where: { enrolment: { programId: w.programId } } })).toBe(0)
    // Trainers and participants are still refused.
    await expectAppError(issueCertificates(w.actors.trainer, { cohortId: w.cohortA }), 'FORBIDDEN')
    await expectAppError(issueCertificates(w.actors.participant, { cohortId: w.cohortA }), 'FORBIDDEN')
  })
})
