import 'server-only'

// An .xlsx is a zip. Before a spreadsheet library inflates it in memory, read the zip's central
// directory: it must be there, and the declared uncompressed size must stay reasonable, so that a
// 2 MB upload cannot expand to gigabytes (a "zip bomb").

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50

export type ZipCheck = { ok: true } | { ok: false; reason: 'not-zip' | 'too-large' }

export function checkZip(bytes: Buffer, maxUncompressedBytes: number): ZipCheck {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) return { ok: false, reason: 'not-zip' }
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (≤ 64 KiB).
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return { ok: false, reason: 'not-zip' }
  const entries = bytes.readUInt16LE(eocd + 10)
  let offset = bytes.readUInt32LE(eocd + 16)
  let total = 0
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_ENTRY_SIGNATURE) return { ok: false, reason: 'not-zip' }
    total += bytes.readUInt32LE(offset + 24)
    if (total > maxUncompressedBytes) return { ok: false, reason: 'too-large' }
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32)
  }
  return { ok: true }
}
