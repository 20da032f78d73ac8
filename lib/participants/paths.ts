import type { Role } from '@/generated/prisma/enums'

/** A participant's page for an officer: Admin Pusat's national one, or the operator's own province's. */
export const participantPath = (role: Role, participantId: string) =>
  `${role === 'ADMIN_PUSAT' ? '/admin/peserta' : '/provinsi/peserta'}/${participantId}`
