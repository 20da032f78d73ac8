import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { certificateWhere } from '@/lib/server/scope/where'

/** The valid certificates of a cohort that the actor may read. */
export const countValidCertificates = (actor: Actor, cohortId: string) =>
  db.certificate.count({ where: { AND: [certificateWhere(actor), { revokedAt: null, enrolment: { cohortId } }] } })
