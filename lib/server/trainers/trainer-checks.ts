import 'server-only'
import type { Tx } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { validationError } from '@/lib/server/validation'

export const duplicateEmailError = () =>
  new AppError('CONFLICT', 'E-mail ini sudah dipakai pelatih lain.', { email: ['E-mail ini sudah dipakai pelatih lain.'] })

export async function assertProvinceExists(tx: Tx, code: string) {
  if (!(await tx.province.findUnique({ where: { code }, select: { code: true } }))) {
    throw validationError({ homeProvinceCode: ['Provinsi tidak dikenal.'] })
  }
}
