import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import type { CertificateDesignView } from '@/lib/certificates/certificate-view'
import { flattenPng, hasTransparency, printableDesign } from './printable-design'

/** A 2×1 PNG: a half-transparent red pixel and an opaque blue one; RGB (colour type 2) when `alpha` is false. */
function png(alpha: boolean): Buffer {
  const image = new PNG({ width: 2, height: 1 })
  image.data = Buffer.from([255, 0, 0, 128, 0, 0, 255, 255])
  return PNG.sync.write(image, { colorType: alpha ? 6 : 2 })
}
const colourType = (bytes: Buffer) => bytes[25]
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])

/** The RGB PNG with a tRNS chunk (a transparent colour) spliced in before its image data. */
function withTrns(bytes: Buffer): Buffer {
  const idat = bytes.indexOf('IDAT') - 4
  const chunk = Buffer.concat([Buffer.from([0, 0, 0, 6]), Buffer.from('tRNS'), Buffer.alloc(6), Buffer.alloc(4)])
  return Buffer.concat([bytes.subarray(0, idat), chunk, bytes.subarray(idat)])
}

const design = (images: Partial<CertificateDesignView>): CertificateDesignView => ({ heading: 'SERTIFIKAT', bodyText: 'x', accentColor: '#123456', logo: null, background: null, signature: null, ...images })

describe('hasTransparency', () => {
  it('sees an alpha channel or a tRNS chunk, and nothing in an opaque PNG', () => {
    expect(hasTransparency(png(true))).toBe(true)
    expect(hasTransparency(png(false))).toBe(false)
    expect(hasTransparency(withTrns(png(false)))).toBe(true)
  })
})

describe('flattenPng', () => {
  it('composes the picture over white as an RGB PNG', () => {
    const flat = flattenPng(png(true))
    expect(colourType(flat)).toBe(2)
    const { data } = PNG.sync.read(flat)
    expect([...data]).toEqual([255, 127, 127, 255, 0, 0, 255, 255])
  })
})

describe('printableDesign', () => {
  it('flattens a transparent logo and signature over the white page, once per picture', () => {
    const logo = { data: png(true), type: 'image/png' }
    const first = printableDesign(design({ logo, signature: logo }))
    expect(colourType(first.logo!.data)).toBe(2)
    expect(first.signature!.data).toBe(first.logo!.data)
    expect(printableDesign(design({ logo: { data: Buffer.from(logo.data), type: 'image/png' } })).logo!.data).toBe(first.logo!.data)
  })

  it('keeps the logo and signature transparent over a background, and flattens the background', () => {
    const logo = { data: png(true), type: 'image/png' }
    const background = { data: png(true), type: 'image/png' }
    const printable = printableDesign(design({ logo, background, signature: logo }))
    expect(printable.logo).toBe(logo)
    expect(printable.signature).toBe(logo)
    expect(colourType(printable.background!.data)).toBe(2)
  })

  it('leaves opaque PNGs and JPEGs as they are', () => {
    const opaque = { data: png(false), type: 'image/png' }
    const photo = { data: JPEG, type: 'image/jpeg' }
    const printable = printableDesign(design({ logo: opaque, background: photo }))
    expect(printable.logo).toBe(opaque)
    expect(printable.background).toBe(photo)
  })
})
