import 'server-only'

// Shared by header, region and institution matching: text as people type it in spreadsheets,
// folded to a comparable key, and a small edit distance for "did you mean …?" suggestions.

/** Lower case, no diacritics, punctuation as spaces, single spaces. */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Folded, without spaces: "Bukit Tinggi", "Bukittinggi" and "Bukit-Tinggi" are one key. */
export const compactText = (s: string): string => foldText(s).replaceAll(' ', '')

// Spelling before the 1972 reform (EYD), still met in older lists and names of offices: oe → u
// ("Soerabaja"), dj → j ("Djember"), tj → c ("Tjiamis"), sj → sy ("Sjahbandar"). The j of that spelling
// (now y) and nj/ch are left alone: "nj" and "j" are common in today's names, and read both ways
// they would make different places meet.
const OLD_SPELLING: [RegExp, string][] = [[/oe/g, 'u'], [/dj/g, 'j'], [/tj/g, 'c'], [/sj/g, 'sy']]

/** The compact key with the old spelling rewritten to today's, applied alike to official and typed names. */
export function oldSpellingKey(s: string): string {
  let key = compactText(s)
  for (const [from, to] of OLD_SPELLING) key = key.replace(from, to)
  return key
}

/** Levenshtein distance, giving up (returning `max + 1`) once it cannot stay within `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      best = Math.min(best, current[j])
    }
    if (best > max) return max + 1
    previous = current
  }
  return previous[b.length]
}

/** The candidate closest to `key` within a tolerance that grows with the length (1 typo per 4 letters). */
export function closest<T>(key: string, candidates: Iterable<[string, T]>): T | null {
  const max = Math.max(1, Math.floor(key.length / 4))
  let best: { value: T; distance: number } | null = null
  for (const [candidate, value] of candidates) {
    const distance = editDistance(key, candidate, max)
    if (distance <= max && (!best || distance < best.distance)) best = { value, distance }
  }
  return best?.value ?? null
}
