import 'server-only'
import { accessFor, type Access, type Action, type Entity } from '@/lib/auth/permissions'
import type { Actor } from '@/lib/auth/actor'
import { forbiddenError } from '@/lib/server/errors'

/** The actor's access for this action, or a FORBIDDEN error. */
export function requireAccess(actor: Actor, action: Action, entity: Entity): Access {
  const access = accessFor(actor.role, action, entity)
  if (!access) throw forbiddenError()
  return access
}

// An actor whose session lacks the link its access needs reaches nothing, rather than everything.
const NONE = '00000000-0000-0000-0000-000000000000'
export const provinceOf = (actor: Actor) => actor.provinceCode ?? '--'
export const trainerOf = (actor: Actor) => actor.trainerId ?? NONE
export const participantOf = (actor: Actor) => actor.participantId ?? NONE
