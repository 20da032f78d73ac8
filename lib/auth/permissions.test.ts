import { describe, expect, it } from 'vitest'
import { Role } from '@/generated/prisma/enums'
import { accessFor, can, hasPermission, ROLE_PERMISSIONS } from './permissions'

describe('role → permission map', () => {
  it('gives the broadest access a role holds', () => {
    expect(accessFor('ADMIN_PUSAT', 'read', 'participant')).toBe('any')
    expect(accessFor('OPERATOR_PROVINSI', 'read', 'participant')).toBe('province')
    expect(accessFor('PELATIH_AHLI', 'read', 'participant')).toBe('assigned')
    expect(accessFor('PESERTA', 'read', 'participant')).toBe('own')
  })

  it('answers null for what a role may not do at all', () => {
    expect(accessFor('PESERTA', 'read', 'trainer')).toBeNull()
    expect(accessFor('PELATIH_AHLI', 'update', 'cohort-venue')).toBeNull()
    expect(can('OPERATOR_PROVINSI', 'update', 'cohort')).toBe(false)
    expect(can('OPERATOR_PROVINSI', 'export', 'participant-nik')).toBe(false)
  })

  it('never lets a provincial, trainer or participant role reach province-owned rows nationally', () => {
    const nationalReferenceData = ['program', 'wave']
    for (const role of [Role.OPERATOR_PROVINSI, Role.PELATIH_AHLI, Role.PESERTA]) {
      const national = ROLE_PERMISSIONS[role].filter((p) => p.endsWith(':any') && !nationalReferenceData.includes(p.split(':')[1]))
      expect(national, role).toEqual([])
      // and the national reference data they do see, they may only read
      expect(ROLE_PERMISSIONS[role].filter((p) => p.endsWith(':any') && !p.startsWith('read:')), role).toEqual([])
    }
  })

  it('checks exact permissions for pages', () => {
    expect(hasPermission('ADMIN_PUSAT', 'read:dashboard:any')).toBe(true)
    expect(hasPermission('OPERATOR_PROVINSI', 'read:dashboard:any')).toBe(false)
    expect(hasPermission('PESERTA', 'read:dashboard:own')).toBe(true)
  })

  it('gives each role exactly one dashboard', () => {
    for (const role of Object.values(Role)) {
      expect(ROLE_PERMISSIONS[role].filter((p) => p.startsWith('read:dashboard:')), role).toHaveLength(1)
    }
  })
})
