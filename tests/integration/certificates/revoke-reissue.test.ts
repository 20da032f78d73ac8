// Revocation and reissue by Admin Pusat: reasons checked, audited, revoking twice refused; a reissue
// revokes the old one and makes a new one (new number and code, the participant's current name)
// that points at it.
import { beforeAll, describe, expect, it } from 'vitest'
import { issueCertificates } from '@/lib/server/certificates/issue-certificates'
import { listCohortEligibilityOrThrow } from '@/lib/server/certificates/list-cohort-eligibility'
import { reissueCertificate } from '@/lib/server/certificates/reissue-certificate'
import { revokeCertificate } from '@/lib/server/certificates/revoke-certificate'
import { testDb } from '../../support/database'
import { expectAppError } from '../../support/scheduling-factories'
import { buildCertificateWorld, seqOf, type CertificateWorld } from './certificate-world'

let w: CertificateWorld
const certOf = (enrolmentId: string) => testDb().certificate.findFirstOrThrow({ where: { enrolmentId, revokedAt: null } })
beforeAll(async () => {
  w = await buildCertificateWorld()
  await issueCertificates(w.actors.admin, { waveId: w.waveId })
})

describe('revoke', () => {
  it('refuses short, long and control-character reasons, other roles and malformed ids, writing nothing', async () => {
    const cert = await certOf(w.people.ahmad.enrolmentId)
    const before = await testDb().auditLog.count()
    await expectAppError(revokeCertificate(w.actors.admin, { certificateId: cert.id, reason: 'abc' }), 'VALIDATION')
    await expectAppError(revokeCertificate(w.actors.admin, { certificateId: cert.id }), 'VALIDATION')
    await expectAppError(revokeCertificate(w.actors.admin, { certificateId: cert.id, reason: 'x'.repeat(501) }), 'VALIDATION')
    const control = await expectAppError(revokeCertificate(w.actors.admin, { certificateId: cert.id, reason: 'Salah nama\u0007 peserta' }), 'VALIDATION')
    expect(control.fieldErrors?.reason?.[0]).toMatch(/karakter kendali/)
    await expectAppError(revokeCertificate(w.actors.admin, { certificateId: cert.id, reason: 'Salah \u202Enama peserta' }), 'VALIDATION')
    for (const actor of [w.actors.operatorJabar, w.actors.operatorKaltim, w.actors.trainer, w.actors.participant]) {
      await expectAppError(revokeCertificate(actor, { certificateId: cert.id, reason: 'Data peserta keliru' }), 'FORBIDDEN')
      await expectAppError(reissueCertificate(actor, { certificateId: cert.id, reason: 'Data peserta keliru' }), 'FORBIDDEN')
    }
    await expectAppError(revokeCertificate(w.actors.admin, { certificateId: 'bukan-id', reason: 'Data peserta keliru' }), 'NOT_FOUND')
    await expectAppError(revokeCertificate(w.actors.admin, { certificateId: '00000000-0000-7000-8000-000000000000', reason: 'Data peserta keliru' }), 'NOT_FOUND')
    await expectAppError(reissueCertificate(w.actors.admin, { certificateId: `${cert.id}\u0000`, reason: 'Data peserta keliru' }), 'NOT_FOUND')
    expect(await testDb().auditLog.count()).toBe(before)
    expect((await testDb().certificate.findUniqueOrThrow({ where: { id: cert.id } })).revokedAt).toBeNull()
  })

  it('revokes with the reason (multi-line kept), audited; twice is refused; the list shows it; a new issue then gives a new one', async () => {
    const cert = await certOf(w.people.citra.enrolmentId)
    await revokeCertificate(w.actors.admin, { certificateId: cert.id, reason: 'Peserta tidak hadir\npada hari terakhir' })
    const revoked = await testDb().certificate.findUniqueOrThrow({ where: { id: cert.id } })
    expect(revoked).toMatchObject({ revokedReason: 'Peserta tidak hadir\npada hari terakhir', revokedById: w.actors.admin.userId })
    expect(revoked.revokedAt).toBeInstanceOf(Date)
    expect(await testDb().auditLog.count({ where: { action: 'revoke', entity: 'Certificate', entityId: cert.id } })).toBe(1)
    await expectAppError(revokeCertificate(w.actors.admin, { certificateId: cert.id, reason: 'Sekali lagi dicabut' }), 'CONFLICT', 'Sertifikat ini sudah dicabut.')
    await expectAppError(reissueCertificate(w.actors.admin, { certificateId: cert.id, reason: 'Sekali lagi terbit' }), 'CONFLICT')

    const list = await listCohortEligibilityOrThrow(w.actors.operatorJabar, w.cohortA)
    expect(list.certificates.find((c) => c.id === cert.id)).toMatchObject({ revokedReason: 'Peserta tidak hadir\npada hari terakhir', replacedByNumber: null })

    const seq = (await testDb().program.findUniqueOrThrow({ where: { id: w.programId } })).certificateSeq
    const again = await issueCertificates(w.actors.admin, { cohortId: w.cohortA })
    expect(again.issued).toBe(1)
    expect(seqOf((await certOf(w.people.citra.enrolmentId)).number)).toBe(seq + 1)
  })
})

describe('reissue', () => {
  it('revokes the old one and issues a new one with the corrected name, pointing at the old one', async () => {
    const old = await certOf(w.people.hadi.enrolmentId)
    await testDb().participant.update({ where: { id: w.people.hadi.participantId }, data: { name: 'Hadi Gunawan Putra' } })
    const seq = (await testDb().program.findUniqueOrThrow({ where: { id: w.programId } })).certificateSeq
    const created = await reissueCertificate(w.actors.admin, { certificateId: old.id, reason: 'Koreksi nama peserta' })

    const [oldNow, fresh] = await Promise.all([
      testDb().certificate.findUniqueOrThrow({ where: { id: old.id }, select: { revokedAt: true, revokedReason: true, replacedBy: { select: { id: true } } } }),
      testDb().certificate.findUniqueOrThrow({ where: { id: created.id } }),
    ])
    expect(oldNow.revokedReason).toBe('Diterbitkan ulang: Koreksi nama peserta')
    expect(oldNow.replacedBy?.id).toBe(created.id)
    expect(fresh).toMatchObject({ replacesId: old.id, holderName: 'Hadi Gunawan Putra', totalJp: 4, revokedAt: null, enrolmentId: old.enrolmentId })
    expect(fresh.number).not.toBe(old.number)
    expect(fresh.verificationCode).not.toBe(old.verificationCode)
    expect(seqOf(fresh.number)).toBe(seq + 1)
    expect(await testDb().auditLog.count({ where: { entity: 'Certificate', OR: [{ action: 'reissue', entityId: created.id }, { action: 'revoke', entityId: old.id }] } })).toBe(2)

    const list = await listCohortEligibilityOrThrow(w.actors.admin, w.cohortB)
    expect(list.certificates.find((c) => c.id === old.id)?.replacedByNumber).toBe(fresh.number)
    expect(list.certificates.find((c) => c.id === created.id)?.replacesNumber).toBe(old.number)
    // Issuing again gives Hadi nothing: he holds the new one.
    expect((await issueCertificates(w.actors.admin, { cohortId: w.cohortB })).issued).toBe(0)
  })
})
