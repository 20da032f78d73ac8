import type { Role } from '@/generated/prisma/enums'

/** Who is acting, as every domain function receives it: from the session, plus where the request came from. */
export type Actor = {
  userId: string
  name: string
  role: Role
  /** Operators: the province they serve. */
  provinceCode: string | null
  trainerId: string | null
  participantId: string | null
  ip?: string | null
  userAgent?: string | null
}

/** Where each role lands after signing in. */
export const HOME_PATH: Record<Role, string> = {
  ADMIN_PUSAT: '/admin',
  OPERATOR_PROVINSI: '/provinsi',
  PELATIH_AHLI: '/pelatih',
  PESERTA: '/peserta',
}
