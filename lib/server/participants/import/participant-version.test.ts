import { describe, expect, it } from 'vitest'
import { participantVersion } from './classify-participant-rows'

const stored = {
  name: 'Siti Aminah', sex: 'P' as const, birthDate: '1990-05-12', phone: '6281234567890', email: null, institutionType: 'PERPUSTAKAAN_DESA' as const,
  institutionName: 'Perpustakaan Desa Sukamaju', npp: null, villageCode: '3204052001', regencyCode: '3204', provinceCode: '32',
}

describe('participantVersion', () => {
  it('is the same for a birth date read as a Date (confirmation) or as text (preview)', () => {
    expect(participantVersion({ ...stored, birthDate: new Date('1990-05-12T00:00:00Z') })).toBe(participantVersion(stored))
  })

  it('changes with any stored field, including a blank one filled in', () => {
    const base = participantVersion(stored)
    expect(participantVersion({ ...stored, email: 'siti@contoh.id' })).not.toBe(base)
    expect(participantVersion({ ...stored, phone: '6281234567891' })).not.toBe(base)
    expect(participantVersion({ ...stored, villageCode: null })).not.toBe(base)
  })
})
