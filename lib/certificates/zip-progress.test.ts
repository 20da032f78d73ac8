import { describe, expect, it } from 'vitest'
import { ZipFile } from 'yazl'
import { createZipCounter } from './zip-progress'

async function zipOf(files: [string, Buffer][]): Promise<Buffer> {
  const zip = new ZipFile()
  for (const [name, body] of files) zip.addBuffer(body, name, { compress: false })
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks)
}

describe('createZipCounter', () => {
  it('counts whole files only, whatever the chunk boundaries', async () => {
    const files: [string, Buffer][] = [['0001 Siti.pdf', Buffer.alloc(1000, 7)], ['0002 Budi.pdf', Buffer.alloc(0)], ['0003 Ayu.pdf', Buffer.from('PK\u0003\u0004 inside the data')]]
    const zip = await zipOf(files)
    for (const size of [1, 7, 29, 30, 31, 500, zip.length]) {
      const counter = createZipCounter()
      const seen: number[] = []
      for (let i = 0; i < zip.length; i += size) seen.push(counter.push(zip.subarray(i, i + size)))
      expect(counter.files).toBe(3)
      expect(seen).toEqual([...seen].sort((a, b) => a - b))
    }
    const counter = createZipCounter()
    expect(counter.push(zip.subarray(0, 30 + 13 + 999))).toBe(0) // the first file one byte short
    expect(counter.push(zip.subarray(30 + 13 + 999, 30 + 13 + 1000))).toBe(1)
  })
})
