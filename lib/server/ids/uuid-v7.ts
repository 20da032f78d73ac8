import { randomBytes } from 'node:crypto'

/**
 * `count` UUIDv7 ids (RFC 9562: 48-bit Unix milliseconds, then random bits), as Prisma's
 * `@default(uuid(7))` makes them, for rows written with raw SQL (which skips Prisma's defaults).
 */
export function uuidV7s(count: number, now = Date.now()): string[] {
  const random = randomBytes(16 * count)
  const ids: string[] = new Array(count)
  for (let i = 0; i < count; i++) {
    const b = random.subarray(i * 16, i * 16 + 16)
    b.writeUIntBE(now, 0, 6)
    b[6] = (b[6] & 0x0f) | 0x70
    b[8] = (b[8] & 0x3f) | 0x80
    const hex = b.toString('hex')
    ids[i] = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }
  return ids
}
