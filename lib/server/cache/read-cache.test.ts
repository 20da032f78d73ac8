import { describe, expect, it } from 'vitest'
import { cachedRead, invalidateCachedReads } from './read-cache'

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

describe('cachedRead', () => {
  it('answers readers of a load that a write invalidated with a load made after the write', async () => {
    let writes = 0
    // Each load reports how many writes had happened when it began.
    const load = async () => {
      const seen = writes
      await later(null, 30)
      return seen
    }
    const waiting = cachedRead('test:cleared-in-flight', load)
    writes++
    invalidateCachedReads()
    await expect(waiting).resolves.toBe(1)

    const pending = cachedRead('test:prefix-in-flight', load)
    writes++
    invalidateCachedReads('test:')
    await expect(pending).resolves.toBe(2)
    await expect(cachedRead('test:prefix-in-flight', load)).resolves.toBe(2)
  })

  it('keeps no failed load: the next read loads again', async () => {
    let calls = 0
    const load = async () => {
      if (++calls === 1) throw new Error('Connection terminated unexpectedly')
      return 'fresh'
    }
    await expect(cachedRead('test:failed', load)).rejects.toThrow('Connection terminated')
    await expect(cachedRead('test:failed', load)).resolves.toBe('fresh')
  })
})
