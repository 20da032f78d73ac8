import { describe, expect, it } from 'vitest'
import { completeStreamLines, describeProgress } from './import-stream'

describe('completeStreamLines', () => {
  it('returns the complete lines and leaves a partial last line for the next read', () => {
    const text = '{"type":"progress","stage":"reading","done":0,"total":0}\n{"type":"progress","stage":"checking","done":1000,"total":4000}\n{"type":"pro'
    expect(completeStreamLines(text)).toEqual([
      { type: 'progress', stage: 'reading', done: 0, total: 0 },
      { type: 'progress', stage: 'checking', done: 1000, total: 4000 },
    ])
    expect(completeStreamLines('{"type":"pro')).toEqual([])
    expect(completeStreamLines('')).toEqual([])
  })
})

describe('describeProgress', () => {
  it('says in Indonesian where the check stands, with thousands separated by dots', () => {
    expect(describeProgress({ stage: 'reading', done: 0, total: 0 })).toEqual({ label: 'Membaca berkas…', percent: 0 })
    expect(describeProgress({ stage: 'checking', done: 3000, total: 10_000 })).toEqual({ label: 'Memeriksa baris 3.000 dari 10.000…', percent: 30 })
    expect(describeProgress({ stage: 'saving', done: 5000, total: 10_000 })).toEqual({ label: 'Menyimpan hasil pemeriksaan (5.000 dari 10.000 baris)…', percent: 50 })
    expect(describeProgress({ stage: 'checking', done: 0, total: 0 }).percent).toBe(0)
  })
})
