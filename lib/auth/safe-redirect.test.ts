import { describe, expect, it } from 'vitest'
import { redirectTarget, safeCallbackPath, sameOriginPath } from './safe-redirect'

const origin = 'https://bimtek.example.go.id'

describe('sameOriginPath', () => {
  it.each([
    ['/admin', '/admin'],
    ['/provinsi/peserta?halaman=2#daftar', '/provinsi/peserta?halaman=2#daftar'],
    ['/a/../b', '/b'],
    [`${origin}/pelatih`, '/pelatih'],
    ['peserta', '/peserta'],
    ['/%2F%5Cevil.example', '/%2F%5Cevil.example'],
    ['/%09/evil.example', '/%09/evil.example'],
    // Same scheme without slashes is a relative path in WHATWG URL: it stays here.
    ['https:evil.example', '/evil.example'],
  ])('keeps the path of %j', (target, expected) => {
    expect(sameOriginPath(target, origin)).toBe(expected)
  })

  it.each([
    '/\\evil.example/phish',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '\t//evil.example',
    ' //evil.example',
    '/\u0000/evil.example',
    '/\u007f/evil.example',
    '//evil.example',
    '//evil.example/masuk',
    '///evil.example',
    '/.//evil.example',
    '/x/..//evil.example',
    'https://evil.example/',
    'http://bimtek.example.go.id/admin',
    'https://bimtek.example.go.id.evil.example/',
    'https://bimtek.example.go.id@evil.example/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http:evil.example',
    '',
  ])('refuses %j', (target) => {
    expect(sameOriginPath(target, origin)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(sameOriginPath(undefined, origin)).toBeNull()
    expect(sameOriginPath(['/admin'], origin)).toBeNull()
  })

  it('refuses the decoded forms of encoded attacks (search params arrive decoded)', () => {
    expect(sameOriginPath(decodeURIComponent('%2F%5Cevil.example%2Fphish'), origin)).toBeNull()
    expect(sameOriginPath(decodeURIComponent('%2F%09%2Fevil.example'), origin)).toBeNull()
    expect(sameOriginPath(decodeURIComponent('%2F%2Fevil.example'), origin)).toBeNull()
  })
})

describe('safeCallbackPath', () => {
  it('falls back to the role home for anything off-site', () => {
    expect(safeCallbackPath('/\\evil.example/phish')).toBe('/beranda')
    expect(safeCallbackPath('https://evil.example')).toBe('/beranda')
    expect(safeCallbackPath(undefined)).toBe('/beranda')
    expect(safeCallbackPath('/admin/peserta?q=1')).toBe('/admin/peserta?q=1')
  })
})

describe('redirectTarget (next-auth redirect callback)', () => {
  it('keeps own URLs and paths, sends everything else to the role home', () => {
    expect(redirectTarget('/masuk', origin)).toBe(`${origin}/masuk`)
    expect(redirectTarget(`${origin}/admin?x=1`, origin)).toBe(`${origin}/admin?x=1`)
    expect(redirectTarget('/\\evil.example/phish', origin)).toBe(`${origin}/beranda`)
    expect(redirectTarget('/\t/evil.example', origin)).toBe(`${origin}/beranda`)
    expect(redirectTarget('https://evil.example/', origin)).toBe(`${origin}/beranda`)
  })
})
