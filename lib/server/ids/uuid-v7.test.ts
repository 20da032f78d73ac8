import { describe, expect, it } from 'vitest'
import { uuidV7s } from './uuid-v7'

describe('uuidV7s', () => {
  it('makes distinct version-7 ids carrying the time', () => {
    const now = Date.UTC(2026, 4, 19, 1, 2, 3, 456)
    const ids = uuidV7s(1000, now)
    expect(new Set(ids).size).toBe(1000)
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(now)
    }
  })
})
