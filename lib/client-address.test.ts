import { describe, expect, it } from 'vitest'
import { clientAddress, parseTrustedHops } from './client-address'

describe('clientAddress', () => {
  it('uses only the socket without trusted proxies, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.5', undefined, 0)).toBe('203.0.113.5')
    expect(clientAddress('203.0.113.5', '1.2.3.4', 0)).toBe('203.0.113.5')
    expect(clientAddress('203.0.113.5', ['1.2.3.4', '5.6.7.8'], 0)).toBe('203.0.113.5')
  })

  it('takes the N-th entry from the right behind N trusted proxies', () => {
    // client → load balancer (appends the client) → app
    expect(clientAddress('10.0.0.2', '198.51.100.7', 1)).toBe('198.51.100.7')
    // a client-invented first value is ignored
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.7', 1)).toBe('198.51.100.7')
    // client → CDN → load balancer → app
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.7, 172.16.0.9', 2)).toBe('198.51.100.7')
    // repeated headers arrive joined or as a list
    expect(clientAddress('10.0.0.2', ['1.2.3.4', '198.51.100.7, 172.16.0.9'], 2)).toBe('198.51.100.7')
  })

  it('falls back sensibly on short or missing chains', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.7', 2)).toBe('198.51.100.7')
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2')
    expect(clientAddress('10.0.0.2', ' , ', 1)).toBe('10.0.0.2')
  })

  it('normalises IPv6 forms and refuses what is not an address', () => {
    expect(clientAddress('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1')
    expect(clientAddress('2001:DB8::1', undefined, 0)).toBe('2001:db8::1')
    expect(clientAddress('10.0.0.2', '[2001:db8::2]', 1)).toBe('2001:db8::2')
    expect(clientAddress('10.0.0.2', 'unknown', 1)).toBeNull()
    expect(clientAddress('10.0.0.2', '198.51.100.7:4711', 1)).toBeNull()
    expect(clientAddress(undefined, undefined, 0)).toBeNull()
  })
})

describe('parseTrustedHops', () => {
  it('defaults to none and refuses nonsense', () => {
    expect(parseTrustedHops(undefined)).toBe(0)
    expect(parseTrustedHops('')).toBe(0)
    expect(parseTrustedHops('2')).toBe(2)
    expect(() => parseTrustedHops('-1')).toThrow(/TRUSTED_PROXY_HOPS/)
    expect(() => parseTrustedHops('yes')).toThrow(/TRUSTED_PROXY_HOPS/)
  })
})
