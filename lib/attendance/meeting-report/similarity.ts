import { distance } from 'fastest-levenshtein'

// How alike a display name and a participant's registered name are, from 0 to 1, on name tokens
// (see names.ts). Tokens are paired one to one, in any order: the same token scores 1, an initial
// ("L") against a token it starts ("Lestari") 0.9, a near spelling ("Lestary", "Wahyuni"/"Wahyuny")
// by edit distance when at least 75 % alike. The score weighs mostly how much of the typed name is
// explained (0.7) and partly how much of the registered name is covered (0.3): "Dewi L" → "Dewi
// Lestari" 0.95, "Dewi" → "Dewi Lestari" 0.85 (not enough alone to match automatically).

function tokenScore(typed: string, registered: string): number {
  if (typed === registered) return 1
  if (typed.length === 1) return registered.startsWith(typed) ? 0.9 : 0
  if (registered.length === 1) return typed.startsWith(registered) ? 0.9 : 0
  const longest = Math.max(typed.length, registered.length)
  const ratio = 1 - distance(typed, registered) / longest
  return ratio >= 0.75 ? ratio : 0
}

export function nameSimilarity(typed: string[], registered: string[]): number {
  if (!typed.length || !registered.length) return 0
  // Greedy one-to-one pairing by best score: names have a handful of tokens, so this is exact enough.
  const pairs: { i: number; j: number; score: number }[] = []
  typed.forEach((t, i) => registered.forEach((r, j) => {
    const score = tokenScore(t, r)
    if (score > 0) pairs.push({ i, j, score })
  }))
  pairs.sort((a, b) => b.score - a.score)
  const usedTyped = new Set<number>()
  const usedRegistered = new Set<number>()
  let total = 0
  for (const p of pairs) {
    if (usedTyped.has(p.i) || usedRegistered.has(p.j)) continue
    usedTyped.add(p.i)
    usedRegistered.add(p.j)
    total += p.score
  }
  return 0.7 * (total / typed.length) + 0.3 * (total / registered.length)
}
