import { describe, expect, it } from 'vitest'
import { DEFAULT_PAGE_SIZE, parsePageSize } from './list-page-size'

describe('parsePageSize', () => {
  it('takes the offered sizes and falls back to the default for anything else', () => {
    expect(parsePageSize('50')).toBe(50)
    expect(parsePageSize('200')).toBe(200)
    for (const bad of [undefined, '', '0', '30', '201', '1000', '-25', '25.0', ' 50', 'abc', ['50'], 50]) {
      expect(parsePageSize(bad)).toBe(DEFAULT_PAGE_SIZE)
    }
  })
})
