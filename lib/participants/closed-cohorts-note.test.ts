import { describe, expect, it } from 'vitest'
import { closedCohortsNote } from './closed-cohorts-note'

describe('closedCohortsNote', () => {
  it('says nothing when no cohort is hidden', () => {
    expect(closedCohortsNote({ completed: 0, cancelled: 0 }, true)).toBeNull()
  })
  it('counts the completed and cancelled cohorts and tells an operator whom to ask', () => {
    expect(closedCohortsNote({ completed: 34, cancelled: 1 }, false)).toBe(
      'Kelas yang sudah selesai (34) dan dibatalkan (1) tidak ditampilkan karena tidak menerima pendaftaran. Perlu mendaftarkan peserta ke kelas yang sudah selesai? Hubungi Admin Pusat.')
  })
  it('tells Admin Pusat how to reopen a cohort', () => {
    expect(closedCohortsNote({ completed: 0, cancelled: 2 }, true)).toMatch(/^Kelas yang dibatalkan \(2\) tidak ditampilkan .* ubah dulu status kelas itu di halaman kelasnya\.$/)
  })
})
