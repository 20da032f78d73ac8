import { describe, expect, it } from 'vitest'
import { neutralizeFormula } from './spreadsheet-safe'

describe('neutralizeFormula', () => {
  it('turns text that a spreadsheet would run into plain text', () => {
    for (const bad of ['=HYPERLINK("http://x","klik")', '+cmd|/c calc', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '＝1+1']) {
      expect(neutralizeFormula(bad)).toBe(`'${bad}`)
    }
  })

  it('leaves ordinary names untouched', () => {
    for (const ok of ['Siti Aminah', "Ni Luh Putu 'Ayu'", 'TBM Cahaya 2', '']) expect(neutralizeFormula(ok)).toBe(ok)
  })
})
