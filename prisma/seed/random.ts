// Deterministic randomness for the demo seed: the same seed gives the same data on every machine
// and every run, which is what makes the seed idempotent and its figures quotable.
import { createHash } from 'node:crypto'

export type Random = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  /** A normally distributed number (Box–Muller). */
  normal(mean: number, deviation: number): number
  shuffle<T>(items: readonly T[]): T[]
}

/** mulberry32: tiny, fast and good enough for test data. Never use it for secrets. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const random: Random = {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(entries) {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [value, weight] of entries) if ((roll -= weight) < 0) return value
      return entries[entries.length - 1][0]
    },
    normal(mean, deviation) {
      const u = 1 - next()
      return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next())
    },
    shuffle(items) {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[copy[i], copy[j]] = [copy[j], copy[i]]
      }
      return copy
    },
  }
  return random
}

/** A stable 32-bit seed from a label, so each part of the seed has its own independent stream. */
export function seedFrom(label: string): number {
  return createHash('sha256').update(label).digest().readUInt32BE(0)
}

/**
 * A deterministic UUID (version 8, RFC 9562 "custom") named by the row's natural key. Re-running the
 * seed produces the same ids, so `createMany({ skipDuplicates: true })` makes every write idempotent.
 */
export function demoId(...key: (string | number)[]): string {
  const bytes = createHash('sha256').update(`bimtek-demo/${key.join('/')}`).digest().subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x80
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
