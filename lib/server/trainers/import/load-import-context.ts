import 'server-only'
import type { Tx } from '@/lib/server/db'
import type { ExistingTrainer } from './classify-trainer-rows'
import { createProvinceMatcher } from './province-matcher'

/** What classifying rows needs from the database: the trainers with these e-mails, and the provinces. */
export async function loadImportContext(tx: Tx, emails: string[]) {
  const [trainers, provinces] = await Promise.all([
    tx.trainer.findMany({
      where: { email: { in: [...new Set(emails.filter(Boolean))] } },
      select: { id: true, name: true, email: true, phone: true, homeProvinceCode: true, institution: true, expertise: true },
    }),
    tx.province.findMany({ select: { code: true, name: true } }),
  ])
  return {
    existingByEmail: new Map<string, ExistingTrainer>(trainers.map((t) => [t.email, t])),
    matchProvince: createProvinceMatcher(provinces),
    provinceName: new Map(provinces.map((p) => [p.code, p.name])),
  }
}
