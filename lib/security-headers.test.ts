import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, createNonce, isHttpsSite, securityHeaders } from './security-headers'

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe('security headers', () => {
  it('sends HSTS and upgrades requests only when the public URL is https', () => {
    expect(isHttpsSite({ NEXTAUTH_URL: 'https://bimtek.example.go.id' })).toBe(true)
    for (const env of [{ NEXTAUTH_URL: 'http://localhost:3000' }, {}, { NEXTAUTH_URL: 'bukan url' }]) expect(isHttpsSite(env)).toBe(false)
    const https = securityHeaders({ https: true })
    expect(https).toContainEqual({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' })
    expect(securityHeaders({ https: false }).map((h) => h.key)).not.toContain('Strict-Transport-Security')
    expect(directives(contentSecurityPolicy({ nonce: 'n', https: true })).has('upgrade-insecure-requests')).toBe(true)
    expect(directives(contentSecurityPolicy({ nonce: 'n', https: false })).has('upgrade-insecure-requests')).toBe(false)
  })

  it('allows the camera to this origin only and denies the other features', () => {
    const policy = securityHeaders().find((h) => h.key === 'Permissions-Policy')!.value
    expect(policy.split(', ')).toContain('camera=(self)')
    for (const feature of ['microphone', 'geolocation', 'payment', 'usb']) expect(policy.split(', ')).toContain(`${feature}=()`)
  })

  it('runs only nonced scripts on pages, no inline script anywhere, eval only in development', () => {
    const page = directives(contentSecurityPolicy({ nonce: 'abc' }))
    expect(page.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"])
    expect(page.get('style-src')).toEqual(["'self'", "'nonce-abc'"])
    expect(page.get('frame-ancestors')).toEqual(["'none'"])
    expect(page.get('object-src')).toEqual(["'none'"])
    expect(page.get('worker-src')).toEqual(["'self'"])
    expect(page.get('manifest-src')).toEqual(["'self'"])
    expect(directives(contentSecurityPolicy()).get('script-src')).toEqual(["'self'"])
    const dev = directives(contentSecurityPolicy({ nonce: 'abc', dev: true }))
    expect(dev.get('script-src')).toContain("'unsafe-eval'")
    expect(dev.get('script-src')).not.toContain("'unsafe-inline'")
  })

  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
  })
})
