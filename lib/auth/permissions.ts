// One typed role → permission map. Code asks for a permission, never for a list of roles.
// A permission is `action:entity:access`; the access part says which rows the role may reach:
//   any       every row, nationally
//   province  rows of the actor's own province
//   assigned  rows of cohorts the actor (a trainer) is assigned to
//   own       the actor's own rows (a participant)
// Attendance: `mark` is taking attendance within the marking window (trainers, a participant's own
// check-in); `update` is a correction with a reason at any time (officers).
import type { Role } from '@/generated/prisma/enums'

export const ACCESS_LEVELS = ['any', 'province', 'assigned', 'own'] as const
export type Access = (typeof ACCESS_LEVELS)[number]

export type Action = 'read' | 'create' | 'update' | 'delete' | 'export' | 'mark' | 'issue' | 'revoke'
export type Entity =
  | 'program'
  | 'wave'
  | 'quota'
  | 'cohort'
  | 'cohort-venue'
  | 'session'
  | 'trainer'
  | 'assignment'
  | 'participant'
  | 'participant-nik'
  | 'enrolment'
  | 'attendance'
  | 'assessment'
  | 'certificate'
  | 'user'
  | 'audit-log'
  | 'import'
  | 'dashboard'
  | 'trainer-unavailability'
  | 'schedule'
  | 'setting'

export type Permission = `${Action}:${Entity}:${Access}`

export const ROLE_PERMISSIONS = {
  ADMIN_PUSAT: [
    'read:dashboard:any',
    'read:schedule:any', 'read:setting:any', 'update:setting:any',
    'read:trainer-unavailability:any', 'create:trainer-unavailability:any', 'delete:trainer-unavailability:any',
    'read:program:any', 'create:program:any', 'update:program:any', 'delete:program:any',
    'read:wave:any', 'create:wave:any', 'update:wave:any', 'delete:wave:any',
    'read:quota:any', 'update:quota:any',
    'read:cohort:any', 'create:cohort:any', 'update:cohort:any', 'delete:cohort:any', 'update:cohort-venue:any',
    'read:session:any', 'create:session:any', 'update:session:any', 'delete:session:any',
    'read:trainer:any', 'create:trainer:any', 'update:trainer:any', 'delete:trainer:any',
    'read:assignment:any', 'create:assignment:any', 'delete:assignment:any',
    'read:participant:any', 'create:participant:any', 'update:participant:any', 'delete:participant:any', 'export:participant:any',
    'export:participant-nik:any',
    'read:enrolment:any', 'create:enrolment:any', 'update:enrolment:any',
    'read:attendance:any', 'mark:attendance:any', 'update:attendance:any', 'export:attendance:any',
    'read:assessment:any', 'update:assessment:any',
    'read:certificate:any', 'issue:certificate:any', 'revoke:certificate:any',
    'read:user:any', 'create:user:any', 'update:user:any',
    'read:audit-log:any',
    'read:import:any', 'create:import:any',
  ],
  OPERATOR_PROVINSI: [
    'read:dashboard:province',
    'read:schedule:province',
    'read:program:any', 'read:wave:any', 'read:quota:province',
    'read:cohort:province', 'update:cohort-venue:province',
    'read:session:province',
    'read:trainer:province', 'read:assignment:province',
    'read:participant:province', 'create:participant:province', 'update:participant:province', 'export:participant:province',
    'read:enrolment:province', 'create:enrolment:province', 'update:enrolment:province',
    'read:attendance:province', 'update:attendance:province', 'export:attendance:province',
    'read:assessment:province',
    'read:certificate:province',
    // Issuing certificates for the cohorts of their own province (issue 11, decision 027): off by
    // default, Admin Pusat issues nationally. Uncomment to let operators issue for their province;
    // the issuing code already keeps them to it (lib/server/certificates/resolve-issue-target.ts).
    // 'issue:certificate:province',
    'read:import:province', 'create:import:province',
  ],
  PELATIH_AHLI: [
    'read:dashboard:assigned',
    'read:schedule:assigned',
    'read:trainer-unavailability:own', 'create:trainer-unavailability:own', 'delete:trainer-unavailability:own',
    'read:program:any', 'read:wave:any',
    'read:cohort:assigned', 'read:session:assigned',
    'read:trainer:own', 'update:trainer:own', 'read:assignment:assigned',
    'read:participant:assigned', 'read:enrolment:assigned',
    'read:attendance:assigned', 'mark:attendance:assigned', 'export:attendance:assigned',
    'read:assessment:assigned', 'update:assessment:assigned',
  ],
  PESERTA: [
    'read:dashboard:own',
    'read:cohort:own', 'read:session:own',
    'read:participant:own', 'read:enrolment:own',
    'read:attendance:own', 'mark:attendance:own',
    'read:assessment:own', 'read:certificate:own',
  ],
} as const satisfies Record<Role, readonly Permission[]>

const rank: Record<Access, number> = { any: 0, province: 1, assigned: 2, own: 3 }

/** The broadest access the role has for `action` on `entity`, or null when it has none. */
export function accessFor(role: Role, action: Action, entity: Entity): Access | null {
  const granted = (ROLE_PERMISSIONS[role] as readonly Permission[])
    .filter((p) => p.startsWith(`${action}:${entity}:`))
    .map((p) => p.slice(action.length + entity.length + 2) as Access)
  return granted.sort((a, b) => rank[a] - rank[b])[0] ?? null
}

export const can = (role: Role, action: Action, entity: Entity) => accessFor(role, action, entity) !== null

export const hasPermission = (role: Role, permission: Permission) =>
  (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission)
