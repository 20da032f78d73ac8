import yauzl from 'yauzl'

/** The entries of a ZIP file, each with its name and its bytes, read with the same library family the app writes with. */
export function zipEntries(body: Buffer): Promise<{ name: string; bytes: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(body, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error)
      const entries: { name: string; bytes: Buffer }[] = []
      zip.on('entry', (entry: yauzl.Entry) => zip.openReadStream(entry, (e, stream) => {
        if (e) return reject(e)
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => { entries.push({ name: entry.fileName, bytes: Buffer.concat(chunks) }); zip.readEntry() })
      }))
      zip.on('end', () => resolve(entries))
      zip.on('error', reject)
      zip.readEntry()
    })
  })
}
