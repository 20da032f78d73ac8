// Issuing certificates: eligibility per cohort, the preview, gapless and unique numbers under
// concurrent issuing, issuing twice, enrolment statuses, audit records, and every refusal.
import { describe, expect, it } from 'vitest'
import { issueCertificates, issueCertificatesTo } from '@/lib/server/certificates/issue-certificates'
import { listCohortEligibilityOrThrow } from '@/lib/server/certificates/list-cohort-eligibility'
import { previewCertificateIssue } from '@/lib/server/certificates/preview-certificate-issue'
import { jakartaMonthYear } from '@/lib/certificates/issue-plan'
import { romanMonth } from '@/lib/certificates/numbering'
import { testDb } from '../../support/database'
import { expectAppError } from '../../support/scheduling-factories'
import { buildCertificateWorld, seqOf } from './certificate-world'

const certificatesOf = (programId: string) =>
  testDb().certificate.findMany({ where: { enrolment: { programId } }, orderBy: { number: 'asc' }, select: { id: true, number: true, enrolmentId: true, holderName: true, verificationCode: true, revokedAt: true, enrolment: { select: { cohortId: true } } } })

describe('eligibility of a cohort', () => {
  it('lists the non-withdrawn enrolments by name with JP, post-test, verdict and reasons', async () => {
    const w = await buildCertificateWorld()
    const list = await listCohortEligibilityOrThrow(w.actors.operatorJabar, w.cohortA)
    expect(list.totalJp).toBe(10)
    expect(list.rows.map((r) => [r.name, r.attendedJp, r.postTestScore, r.eligibility.eligible, r.eligibility.reasons])).toEqual([
      ['Ahmad Fauzi', 10, 90, true, []],
      ['Bayu Saputra', 5, 90, false, ['kehadiran 5 dari 10 JP (50 %) < 80 %']],
      ['Citra Lestari', 10, 80, true, []],
      ['Dodi Hermawan', 10, null, false, ['belum mengikuti post-test']],
    ])
    expect(list.eligibleCount).toBe(2)
    expect(list.designProblem).toBeNull()
    // Read-only for operators by default; Admin Pusat may issue and revoke.
    expect([list.mayIssue, list.mayRevoke]).toEqual([false, false])
    const asAdmin = await listCohortEligibilityOrThrow(w.actors.admin, w.cohortA)
    expect([asAdmin.mayIssue, asAdmin.mayRevoke]).toEqual([true, true])
    const kaltim = await listCohortEligibilityOrThrow(w.actors.admin, w.cohortB)
    expect(kaltim.rows.find((r) => r.name === 'Indra Wijaya')!.eligibility.reasons).toEqual(['nilai post-test 55 < 60'])
  })

  it('refuses another province, a trainer, a participant, and malformed ids', async () => {
    const w = await buildCertificateWorld()
    await expectAppError(listCohortEligibilityOrThrow(w.actors.operatorKaltim, w.cohortA), 'NOT_FOUND')
    await expectAppError(listCohortEligibilityOrThrow(w.actors.trainer, w.cohortA), 'FORBIDDEN')
    await expectAppError(listCohortEligibilityOrThrow(w.actors.participant, w.cohortA), 'FORBIDDEN')
    await expectAppError(listCohortEligibilityOrThrow(w.actors.admin, 'bukan-id'), 'NOT_FOUND')
    await expectAppError(listCohortEligibilityOrThrow(w.actors.admin, `${w.cohortA}\u0000`), 'NOT_FOUND')
  })
})

describe('preview', () => {
  it('lists who gets one, who does not and why, who already has one; writes nothing', async () => {
    const w = await buildCertificateWorld()
    const before = await testDb().auditLog.count()
    const preview = await previewCertificateIssue(w.actors.admin, { kind: 'wave', waveId: w.waveId, provinceCode: null })
    expect(preview.plans.map((p) => p.cohort.id)).toEqual([w.cohortA, w.cohortA2, w.cohortB])
    expect(preview.totals).toEqual({ willGet: 6, willNot: 3, alreadyHave: 0 })
    expect(preview.plans[0].willGet.map((r) => r.name)).toEqual(['Ahmad Fauzi', 'Citra Lestari'])
    expect(preview.plans[0].willNot.map((r) => r.eligibility.reasons[0])).toEqual(['kehadiran 5 dari 10 JP (50 %) < 80 %', 'belum mengikuti post-test'])
    expect(await testDb().auditLog.count()).toBe(before)
    expect(await testDb().certificate.count({ where: { enrolment: { programId: w.programId } } })).toBe(0)

    await issueCertificatesTo(w.actors.admin, { kind: 'cohort', cohortId: w.cohortA })
    const again = await previewCertificateIssue(w.actors.admin, { kind: 'cohort', cohortId: w.cohortA })
    expect(again.totals).toEqual({ willGet: 0, willNot: 2, alreadyHave: 2 })
  })

  it('refuses operators (off by default), trainers, participants, unknown and malformed targets', async () => {
    const w = await buildCertificateWorld()
    for (const actor of [w.actors.operatorJabar, w.actors.trainer, w.actors.participant]) {
      await expectAppError(previewCertificateIssue(actor, { kind: 'cohort', cohortId: w.cohortA }), 'FORBIDDEN')
    }
    await expectAppError(previewCertificateIssue(w.actors.admin, { kind: 'wave', waveId: '00000000-0000-7000-8000-000000000000', provinceCode: null }), 'NOT_FOUND')
    await expectAppError(issueCertificates(w.actors.admin, { cohortId: 'bukan-id' }), 'NOT_FOUND')
    await expectAppError(issueCertificates(w.actors.admin, { waveId: `${w.waveId}'--` }), 'NOT_FOUND')
    await expectAppError(issueCertificates(w.actors.admin, { waveId: w.waveId, provinceCode: '3\u00002' }), 'VALIDATION')
    await expectAppError(issueCertificates(w.actors.admin, {}), 'VALIDATION')
  })
})

describe('issue', () => {
  it('gives unique, gapless numbers when two cohorts of one program are issued at the same moment', async () => {
    const w = await buildCertificateWorld()
    const issuedAt = new Date('2024-06-24T03:00:00Z')
    const [a, a2] = await Promise.all([
      issueCertificates(w.actors.admin, { cohortId: w.cohortA }, issuedAt),
      issueCertificates(w.actors.admin, { cohortId: w.cohortA2 }, issuedAt),
    ])
    expect([a.issued, a2.issued]).toEqual([2, 3])
    const certs = await certificatesOf(w.programId)
    expect(certs.map((c) => seqOf(c.number)).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5])
    expect(new Set(certs.map((c) => c.verificationCode)).size).toBe(5)
    expect((await testDb().program.findUniqueOrThrow({ where: { id: w.programId } })).certificateSeq).toBe(5)
    // Within a cohort, numbers follow the names; each cohort's block is contiguous.
    for (const cohortId of [w.cohortA, w.cohortA2]) {
      const mine = certs.filter((c) => c.enrolment.cohortId === cohortId).sort((x, y) => seqOf(x.number) - seqOf(y.number))
      expect(mine.map((c) => c.holderName)).toEqual([...mine.map((c) => c.holderName)].sort())
      expect(seqOf(mine.at(-1)!.number) - seqOf(mine[0].number)).toBe(mine.length - 1)
    }
    const { month, year } = jakartaMonthYear(issuedAt)
    expect(certs[0].number).toBe(`${String(seqOf(certs[0].number)).padStart(4, '0')}/SERT/${w.code}/32/${romanMonth(month)}/${year}`)
  })

  it('snapshots the holder and the design, sets enrolment statuses, audits each certificate and the issue', async () => {
    const w = await buildCertificateWorld()
    const result = await issueCertificates(w.actors.admin, { cohortId: w.cohortA })
    expect(result).toMatchObject({ issued: 2, alreadyHad: 0, notEligible: 2 })
    const cert = await testDb().certificate.findFirstOrThrow({ where: { enrolmentId: w.people.ahmad.enrolmentId } })
    expect(cert).toMatchObject({
      holderName: 'Ahmad Fauzi', holderInstitution: 'Perpustakaan Ahmad Fauzi', totalJp: 10, signatoryName: 'Dr. Penanda Tangan', signatoryTitle: 'Kepala Uji',
      issuePlace: 'Jakarta', revokedAt: null, replacesId: null,
    })
    expect(cert.verificationCode).toMatch(/^[A-Z0-9]{12}$/)
    const statuses = Object.fromEntries(await Promise.all(Object.entries(w.people).map(async ([k, p]) =>
      [k, (await testDb().enrolment.findUniqueOrThrow({ where: { id: p.enrolmentId } })).status] as const)))
    expect(statuses).toMatchObject({ ahmad: 'PASSED', citra: 'PASSED', bayu: 'FAILED', dodi: 'FAILED', wulan: 'WITHDRAWN', gita: 'REGISTERED', hadi: 'REGISTERED' })
    const ids = (await certificatesOf(w.programId)).map((c) => c.id)
    expect(await testDb().auditLog.count({ where: { action: 'issue', entity: 'Certificate', entityId: { in: ids } } })).toBe(2)
    const summary = await testDb().auditLog.findFirstOrThrow({ where: { action: 'issue-certificates', entityId: w.programId } })
    expect(summary.actorId).toBe(w.actors.admin.userId)
    expect(summary.after).toMatchObject({ issued: 2, passed: 2, failed: 2 })
  })

  it('issues nothing the second time', async () => {
    const w = await buildCertificateWorld()
    await issueCertificates(w.actors.admin, { waveId: w.waveId })
    const first = await certificatesOf(w.programId)
    expect(first).toHaveLength(6)
    const again = await issueCertificates(w.actors.admin, { waveId: w.waveId })
    expect(again).toMatchObject({ issued: 0, alreadyHad: 6, notEligible: 3, firstNumber: null })
    expect(await certificatesOf(w.programId)).toEqual(first)
    expect((await testDb().program.findUniqueOrThrow({ where: { id: w.programId } })).certificateSeq).toBe(6)
    // Wave order: Jawa Barat (32) before Kalimantan Timur (64).
    expect(first.filter((c) => c.enrolment.cohortId === w.cohortB).map((c) => seqOf(c.number))).toEqual([6])
  })

  it('issues one province of a wave only', async () => {
    const w = await buildCertificateWorld()
    const r = await issueCertificates(w.actors.admin, { waveId: w.waveId, provinceCode: '64' })
    expect(r).toMatchObject({ issued: 1, notEligible: 1 })
    const certs = await certificatesOf(w.programId)
    expect(certs.map((c) => [c.holderName, c.number.split('/')[3]])).toEqual([['Hadi Gunawan', '64']])
  })

  it('refuses without a design or a signatory, in Indonesian, writing nothing', async () => {
    const w = await buildCertificateWorld()
    await testDb().certificateDesign.update({ where: { programId: w.programId }, data: { signatoryName: '  ' } })
    const before = await testDb().auditLog.count()
    await expectAppError(issueCertificates(w.actors.admin, { cohortId: w.cohortA }), 'VALIDATION', 'Atur desain dan penanda tangan sertifikat program ini lebih dulu.')
    await testDb().certificateDesign.delete({ where: { programId: w.programId } })
    await expectAppError(issueCertificates(w.actors.admin, { cohortId: w.cohortA }), 'VALIDATION', /Atur desain/)
    expect(await testDb().auditLog.count()).toBe(before)
    expect((await testDb().enrolment.findUniqueOrThrow({ where: { id: w.people.bayu.enrolmentId } })).status).toBe('REGISTERED')
    expect((await previewCertificateIssue(w.actors.admin, { kind: 'cohort', cohortId: w.cohortA })).designProblem).toMatch(/Atur desain/)
  })

  it('refuses a number pattern that repeats another program\'s numbers, writing nothing', async () => {
    const w = await buildCertificateWorld()
    const other = await buildCertificateWorld()
    await issueCertificates(w.actors.admin, { cohortId: w.cohortA })
    const pattern = (await testDb().certificateDesign.findUniqueOrThrow({ where: { programId: w.programId } })).numberPattern
    await testDb().certificateDesign.update({ where: { programId: other.programId }, data: { numberPattern: pattern } })
    await expectAppError(issueCertificates(other.actors.admin, { cohortId: other.cohortA }), 'CONFLICT', /pola nomor/)
    expect((await testDb().program.findUniqueOrThrow({ where: { id: other.programId } })).certificateSeq).toBe(0)
    expect(await testDb().certificate.count({ where: { enrolment: { programId: other.programId } } })).toBe(0)
  })

  it('refuses operators (permission off by default), trainers and participants', async () => {
    const w = await buildCertificateWorld()
    for (const actor of [w.actors.operatorJabar, w.actors.operatorKaltim, w.actors.trainer, w.actors.participant]) {
      await expectAppError(issueCertificates(actor, { cohortId: w.cohortA }), 'FORBIDDEN')
    }
    expect(await testDb().certificate.count({ where: { enrolment: { programId: w.programId } } })).toBe(0)
  })
})
