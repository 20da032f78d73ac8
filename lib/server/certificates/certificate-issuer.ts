import 'server-only'
import { formatCertificateNumber } from '@/lib/certificates/numbering'
import { jakartaMonthYear } from '@/lib/certificates/issue-plan'
import type { Db, Tx } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { isUniqueViolation } from '@/lib/server/validation'

// What every new certificate of a program copies from its design (signatory, place, office, number
// pattern), and the gapless allocation of its numbers. Shared by the issue and the reissue.

export const NO_DESIGN_MESSAGE = 'Atur desain dan penanda tangan sertifikat program ini lebih dulu.'

export type IssuerDesign = { numberPattern: string; signatoryName: string; signatoryTitle: string; issuePlace: string; issuingOffice: string }

/** The program's design, or the Indonesian reason no certificate can be issued yet. */
export async function loadIssuerDesign(client: Db | Tx, programId: string): Promise<IssuerDesign | null> {
  const design = await client.certificateDesign.findUnique({
    where: { programId }, select: { numberPattern: true, signatoryName: true, signatoryTitle: true, issuePlace: true, issuingOffice: true },
  })
  return design && design.signatoryName.trim() ? design : null
}

export async function requireIssuerDesign(client: Db | Tx, programId: string): Promise<IssuerDesign> {
  const design = await loadIssuerDesign(client, programId)
  if (!design) throw new AppError('VALIDATION', NO_DESIGN_MESSAGE)
  return design
}

/**
 * Takes the program's row lock for the rest of the transaction: issuers of one program queue here,
 * so what each reads next (who already holds a certificate) includes what the one before committed.
 */
export async function lockProgram(tx: Tx, programId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM program WHERE id = ${programId}::uuid FOR UPDATE`
}

/**
 * Raises the program's sequence by `count` in one statement and returns the first {seq} of the block
 * (the row stays locked until the transaction ends; a rollback gives the block back, so no gap).
 */
export async function allocateSeq(tx: Tx, programId: string, count: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    UPDATE program SET "certificateSeq" = "certificateSeq" + ${count}::int WHERE id = ${programId}::uuid RETURNING "certificateSeq" AS last`
  return Number(row.last) - count + 1
}

/**
 * Numbers are unique across programs, but a pattern without a part of its own (two programs on the
 * default pattern) repeats another program's numbers: refused in Indonesian, nothing written.
 */
export async function withNumberClash<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', NUMBER_CLASH_MESSAGE)
    throw e
  }
}

export const NUMBER_CLASH_MESSAGE = 'Nomor sertifikat bentrok dengan nomor yang sudah ada (program lain memakai pola nomor yang sama). Ubah pola nomor pada desain sertifikat program ini, misalnya dengan kode program, lalu coba lagi.'

export function certificateNumber(design: IssuerDesign, seq: number, province: { code: string; name: string }, issuedAt: Date): string {
  const { month, year } = jakartaMonthYear(issuedAt)
  return formatCertificateNumber(design.numberPattern, { seq, provinceCode: province.code, provinceName: province.name, month, year })
}
