import 'server-only'
import { createHash } from 'node:crypto'
import { LRUCache } from 'lru-cache'
import { PNG } from 'pngjs'
import type { CertificateDesignView, DesignImage } from '@/lib/certificates/certificate-view'

// A design's images as the certificate PDF embeds them. pdfkit (under @react-pdf) cannot pass a PNG
// with transparency through: in every document it decodes each pixel in JavaScript, splits off the
// alpha channel and compresses both again (~17 ms a certificate for a 512 px logo, bench/certificates.ts),
// while a PNG without transparency, or a JPEG, goes in as it is. Over the white page a flattened
// picture looks the same, so transparent PNGs are flattened onto white once per process: the
// background always (only the white page lies beneath it), the logo and the signature when there is
// no background (with one, they keep their transparency and its cost). The stored images stay as
// uploaded.

const flattened = new LRUCache<string, Buffer>({ max: 32 })

export function printableDesign(design: CertificateDesignView): CertificateDesignView {
  const overWhite = !design.background
  return {
    ...design,
    background: design.background && onWhite(design.background),
    logo: design.logo && (overWhite ? onWhite(design.logo) : design.logo),
    signature: design.signature && (overWhite ? onWhite(design.signature) : design.signature),
  }
}

function onWhite(image: DesignImage): DesignImage {
  if (image.type !== 'image/png' || !hasTransparency(image.data)) return image
  const key = createHash('sha256').update(image.data).digest('base64')
  let data = flattened.get(key)
  if (!data) {
    data = flattenPng(image.data)
    flattened.set(key, data)
  }
  return { data, type: 'image/png' }
}

/** Colour type 4 or 6 (an alpha channel), or a tRNS chunk (a transparent colour or palette entries). */
export function hasTransparency(png: Buffer): boolean {
  if (png.length < 33) return false
  const colourType = png[25]
  if (colourType === 4 || colourType === 6) return true
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    if (type === 'tRNS') return true
    if (type === 'IDAT' || type === 'IEND') return false
    at += 12 + length
  }
  return false
}

/** The picture composed over white, as an 8-bit RGB PNG. */
export function flattenPng(png: Buffer): Buffer {
  const image = PNG.sync.read(png) // any PNG, as 8-bit RGBA
  const { data } = image
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]
    if (alpha === 255) continue
    for (let c = i; c < i + 3; c++) data[c] = Math.round((data[c] * alpha + 255 * (255 - alpha)) / 255)
    data[i + 3] = 255
  }
  return PNG.sync.write(image, { colorType: 2 })
}
