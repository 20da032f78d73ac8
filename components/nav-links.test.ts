import { describe, expect, it } from 'vitest'
import { currentItem } from './nav-links'

const items = [
  { href: '/admin', label: 'Dasbor' },
  { href: '/admin/program', label: 'Program', within: ['/admin/gelombang', '/admin/kelas'] },
  { href: '/admin/peserta', label: 'Peserta' },
]

describe('currentItem', () => {
  it('marks the section of a nested page (or the section it is within), and the dashboard only on itself', () => {
    expect(currentItem(items, '/admin')?.label).toBe('Dasbor')
    expect(currentItem(items, '/admin/program/0190a1b2-0000-7000-8000-000000000000')?.label).toBe('Program')
    expect(currentItem(items, '/admin/peserta')?.label).toBe('Peserta')
    expect(currentItem(items, '/admin/kelas/abc')?.label).toBe('Program')
    expect(currentItem(items, '/admin/gelombang/abc/penugasan')?.label).toBe('Program')
    expect(currentItem(items, '/admin/kelasku')?.label).toBe('Dasbor')
    expect(currentItem(items, '/admin/programs')?.label).toBe('Dasbor')
    expect(currentItem(items, '/provinsi')).toBeUndefined()
  })
})
