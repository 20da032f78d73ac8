// Counts the files of a ZIP as its bytes arrive, by walking the local file headers in order (the
// server stores each PDF with its size in the header: certificate-zip-stream.ts). Only whole files
// are counted, so "12 dari 40" means twelve are really there. Pure, for the download button.

const LOCAL_HEADER = 0x04034b50
const HEADER_LENGTH = 30
const EMPTY: Uint8Array = new Uint8Array(0)

export type ZipCounter = { push(chunk: Uint8Array): number; readonly files: number }

export function createZipCounter(): ZipCounter {
  let files = 0
  let buffered: Uint8Array = EMPTY // the start of a header not yet complete
  let skip = 0 // data bytes of the current entry still to come
  let inEntry = false
  let done = false // past the last entry (the central directory) or not a ZIP we know
  return {
    get files() { return files },
    push(chunk) {
      let data = chunk
      while (!done) {
        if (inEntry) {
          const take = Math.min(skip, data.length)
          skip -= take
          data = data.subarray(take)
          if (skip > 0) break
          inEntry = false
          files += 1
          continue
        }
        buffered = concat(buffered, data)
        data = EMPTY
        if (buffered.length < HEADER_LENGTH) break
        const view = new DataView(buffered.buffer, buffered.byteOffset, buffered.length)
        if (view.getUint32(0, true) !== LOCAL_HEADER || (view.getUint16(6, true) & 0x08) !== 0) { done = true; break }
        const headerLength = HEADER_LENGTH + view.getUint16(26, true) + view.getUint16(28, true)
        if (buffered.length < headerLength) break
        skip = view.getUint32(18, true)
        inEntry = true
        data = buffered.subarray(headerLength)
        buffered = EMPTY
      }
      return files
    },
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (!a.length) return b
  if (!b.length) return a
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}
