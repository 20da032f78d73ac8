import { describe, expect, it } from 'vitest'
import { bulkResultMessage } from './bulk-result-message'

describe('bulkResultMessage', () => {
  it('says what was done and, only when there were any, how many were skipped and why', () => {
    expect(bulkResultMessage('diundurkan', { changed: 2, skipped: 0 }, 'tidak berstatus Terdaftar')).toBe('2 peserta diundurkan.')
    expect(bulkResultMessage('dipindahkan', { changed: 1200, skipped: 3 }, 'sudah di kelas itu'))
      .toBe('1.200 peserta dipindahkan. 3 peserta lainnya dilewati (sudah di kelas itu).')
  })
})
