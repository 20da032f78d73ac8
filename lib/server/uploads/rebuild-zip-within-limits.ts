import 'server-only'
import { Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createInflateRaw, crc32 } from 'node:zlib'
import yauzl from 'yauzl'

// An uploaded zip (an .xlsx is one) is never handed to a parser as it came. Its headers may lie:
// an entry that declares 1 KB can inflate to gigabytes, local and central headers may disagree,
// names may repeat. So every entry is inflated here once, as a stream whose output is counted and
// thrown away, and stopped the moment it passes what the entry declared or the file's budget;
// only then is a new, plain archive written from the verified compressed bytes: one entry per
// name, sizes and CRCs that are true, no data descriptors, no zip64, no comments. The parser
// (exceljs → JSZip) reads that archive, so it can inflate no more than was counted here.
// yauzl (maintained, strict) reads the central directory, zip64 included; the inflating and the
// counting are ours (decision 016).

export type ZipLimits = {
  /** Inflated bytes of all entries together. */
  maxInflatedBytes: number
  /** Entries, directories included: an .xlsx has a dozen or two. */
  maxEntries: number
}
export type ZipRefusal = 'not-zip' | 'too-large' | 'too-many-entries'
export type RebuiltZip = { ok: true; zip: Buffer; inflatedBytes: number } | { ok: false; reason: ZipRefusal }

const STORED = 0
const DEFLATED = 8
const UTF8_NAMES = 0x0800
const DOS_DATE_1980_01_01 = 0x21

type VerifiedEntry = { name: Buffer; method: number; crc: number; size: number; data: Buffer }

class Refusal extends Error {
  constructor(readonly reason: ZipRefusal) {
    super(reason)
  }
}

export async function rebuildZipWithinLimits(bytes: Buffer, limits: ZipLimits): Promise<RebuiltZip> {
  let zip: yauzl.ZipFile
  try {
    // strictFileNames: a name with "\" is refused rather than rewritten; yauzl also refuses
    // absolute paths and "..", so two spellings of one path cannot both pass.
    zip = await yauzl.fromBufferPromise(bytes, { strictFileNames: true, validateEntrySizes: false }) // sizes: measure() below
  } catch {
    return { ok: false, reason: 'not-zip' }
  }
  // The entry count of the end record, before a single entry is read.
  if (zip.entryCount > limits.maxEntries) {
    zip.close()
    return { ok: false, reason: 'too-many-entries' }
  }
  const entries: VerifiedEntry[] = []
  const names = new Set<string>()
  let declared = 0
  let inflated = 0
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted() || (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED)) throw new Refusal('not-zip')
      // Case-folded: JSZip and exceljs would keep only one of two entries that differ in case.
      const key = entry.fileName.toLowerCase()
      if (names.has(key)) throw new Refusal('not-zip')
      names.add(key)
      if (entry.fileName.endsWith('/')) continue // a directory: nothing to read
      declared += entry.uncompressedSize
      if (declared > limits.maxInflatedBytes) throw new Refusal('too-large') // refused before inflating
      const data = await readAll(await zip.openReadStreamPromise(entry, { decodeFileData: false }))
      const { size, crc } = await measure(data, entry.compressionMethod, entry.uncompressedSize)
      if (size !== entry.uncompressedSize || crc !== entry.crc32) throw new Refusal('not-zip')
      inflated += size
      entries.push({ name: Buffer.from(entry.fileName, 'utf8'), method: entry.compressionMethod, crc, size, data })
    }
  } catch (e) {
    zip.close()
    return { ok: false, reason: e instanceof Refusal ? e.reason : 'not-zip' }
  }
  return { ok: true, zip: writeZip(entries), inflatedBytes: inflated }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * The size and CRC-32 of the entry's content, inflated as a stream and discarded as it comes.
 * Inflating stops as soon as the output passes `declared`: since the declared sizes of all entries
 * fit the budget, a lying entry costs at most its honest share, never its inflated size.
 */
async function measure(data: Buffer, method: number, declared: number): Promise<{ size: number; crc: number }> {
  let size = 0
  let crc = 0
  const count = (chunk: Buffer) => {
    size += chunk.length
    if (size > declared) throw new Refusal('too-large')
    crc = crc32(chunk, crc)
  }
  if (method === STORED) {
    count(data)
    return { size, crc }
  }
  try {
    await pipeline(
      [data],
      createInflateRaw({ chunkSize: 64 * 1024 }),
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          try {
            count(chunk)
            done()
          } catch (e) {
            done(e as Error)
          }
        },
      }),
      new Writable({ write: (_chunk, _encoding, done) => done() }),
    )
  } catch (e) {
    throw e instanceof Refusal ? e : new Refusal('not-zip') // a broken deflate stream
  }
  return { size, crc }
}

/** A plain zip of the verified entries: their compressed bytes as they came, true headers. */
function writeZip(entries: VerifiedEntry[]): Buffer {
  const parts: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed: 2.0
    local.writeUInt16LE(UTF8_NAMES, 6)
    local.writeUInt16LE(entry.method, 8)
    local.writeUInt16LE(DOS_DATE_1980_01_01, 12)
    local.writeUInt32LE(entry.crc, 14)
    local.writeUInt32LE(entry.data.length, 18)
    local.writeUInt32LE(entry.size, 22)
    local.writeUInt16LE(entry.name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(UTF8_NAMES, 8)
    central.writeUInt16LE(entry.method, 10)
    central.writeUInt16LE(DOS_DATE_1980_01_01, 14)
    central.writeUInt32LE(entry.crc, 16)
    central.writeUInt32LE(entry.data.length, 20)
    central.writeUInt32LE(entry.size, 24)
    central.writeUInt16LE(entry.name.length, 28)
    central.writeUInt32LE(offset, 42)
    parts.push(local, entry.name, entry.data)
    directory.push(central, entry.name)
    offset += local.length + entry.name.length + entry.data.length
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, directoryBytes, end])
}
