import { beforeEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '@/lib/server/errors'
import { getActor } from '@/lib/server/auth/session'
import { MAX_ECHOED_TOTAL, MAX_ECHOED_VALUE, runFormAction } from './action-state'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))
vi.mock('@/lib/server/cache/read-cache', () => ({ invalidateCachedReads: vi.fn() }))

const actor = { userId: 'u', name: 'Admin', role: 'ADMIN_PUSAT', provinceCode: null, trainerId: null, participantId: null, ip: '127.0.0.1', userAgent: 'vitest' } as const
beforeEach(() => vi.mocked(getActor).mockResolvedValue(actor))

const refused = async (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  return runFormAction(data, async () => {
    throw new AppError('VALIDATION', 'Periksa kembali isian yang ditandai.', { name: ['Maksimal 120 karakter.'] })
  }, 'ok')
}

describe('runFormAction: what a failed form gets back', () => {
  it('echoes ordinary values, never secrets', async () => {
    const state = await refused({ name: 'Siti Aminah', city: 'Bandung', password: 'rahasia', nik: '3204011205900001', $ACTION_ID_x: 'x' })
    expect(state).toEqual({ status: 'error', message: 'Periksa kembali isian yang ditandai.', fieldErrors: { name: ['Maksimal 120 karakter.'] }, values: { name: 'Siti Aminah', city: 'Bandung' } })
  })

  it('drops a huge value rather than cut it, and keeps the others', async () => {
    const state = await refused({ name: 'x'.repeat(40 * 1024 * 1024), city: 'Bandung', note: 'y'.repeat(MAX_ECHOED_VALUE) })
    expect(state.values).toEqual({ city: 'Bandung', note: 'y'.repeat(MAX_ECHOED_VALUE) })
  })

  it('stops echoing once the total is reached, however many fields are sent', async () => {
    const fields = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`f${i}`, 'z'.repeat(1_000)]))
    const values = (await refused(fields)).values!
    const size = Object.entries(values).reduce((sum, [k, v]) => sum + k.length + v.length, 0)
    expect(size).toBeLessThanOrEqual(MAX_ECHOED_TOTAL)
    expect(Object.keys(values).length).toBeGreaterThan(10)
  })

  it('turns a field\'s reference into a link for the actor\'s role (the participant who already has this NIK)', async () => {
    const call = (role: 'ADMIN_PUSAT' | 'OPERATOR_PROVINSI') => {
      vi.mocked(getActor).mockResolvedValue({ ...actor, role, provinceCode: role === 'ADMIN_PUSAT' ? null : '32' })
      return runFormAction(new FormData(), async () => {
        throw new AppError('VALIDATION', 'NIK sudah terdaftar.', { nik: ['NIK ini sudah terdaftar atas nama Siti.'] }, { nik: { kind: 'participant', id: 'p1', name: 'Siti' } })
      }, 'ok')
    }
    expect((await call('OPERATOR_PROVINSI')).fieldLinks).toEqual({ nik: { href: '/provinsi/peserta/p1', label: 'Buka data Siti' } })
    expect((await call('ADMIN_PUSAT')).fieldLinks).toEqual({ nik: { href: '/admin/peserta/p1', label: 'Buka data Siti' } })
  })
})
