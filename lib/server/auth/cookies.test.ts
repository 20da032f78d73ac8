import { createRequire } from 'node:module'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NextRequest } from 'next/server'
import { secureCookies, sessionCookieNames } from './cookies'

// next-auth's own cookie naming (not in its package exports): what it sets for useSecureCookies.
const require = createRequire(import.meta.url)
const { defaultCookies } = require(path.join(path.dirname(require.resolve('next-auth')), 'core/lib/cookie.js')) as {
  defaultCookies: (secure: boolean) => { sessionToken: { name: string; options: { secure: boolean } } }
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

describe('session cookie naming', () => {
  it('is Secure and __Secure- whenever NEXTAUTH_URL is https, whatever a proxy says', () => {
    const env = { NEXTAUTH_URL: 'https://bimtek.example.go.id' }
    expect(secureCookies(env)).toBe(true)
    const { sessionToken } = defaultCookies(secureCookies(env)!)
    expect(sessionToken.name).toBe('__Secure-next-auth.session-token')
    expect(sessionToken.options.secure).toBe(true)
    // Only that name is read: a plain-named cookie planted over http is no session.
    expect(sessionCookieNames(env)).toEqual([sessionToken.name])
  })

  it('is plain on an http NEXTAUTH_URL, and follows the request without one', () => {
    const http = { NEXTAUTH_URL: 'http://localhost:3000' }
    expect(secureCookies(http)).toBe(false)
    expect(sessionCookieNames(http)).toEqual([defaultCookies(false).sessionToken.name])
    expect(secureCookies({})).toBeUndefined()
    expect(sessionCookieNames({})).toEqual(['__Secure-next-auth.session-token', 'next-auth.session-token'])
  })

  it('is what next-auth is configured with and what proxy.ts accepts', async () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://bimtek.example.go.id')
    const { getAuthOptions } = await import('./options')
    expect(getAuthOptions().useSecureCookies).toBe(true)
    const { proxy } = await import('@/proxy')
    const visit = (cookie: string) => proxy(new NextRequest('https://bimtek.example.go.id/admin', { headers: { cookie } }))
    expect((await visit('next-auth.session-token=planted')).headers.get('location')).toMatch(/\/masuk\?callbackUrl=%2Fadmin$/)
    expect((await visit('__Secure-next-auth.session-token=real')).headers.get('location')).toBeNull()
  })
})
