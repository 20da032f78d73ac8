import { request as httpRequest } from 'node:http'
import { expect, test } from './support/fixtures'

// The per-address sign-in limit counts the address our server saw on the socket (decision 014): a
// client rotating X-Forwarded-For stays one address. Sent from an address of its own on the loopback
// network (127.x.y.z), so that using up its limit leaves every other spec's 127.0.0.1 untouched.

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function send(baseURL: string, localAddress: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  const url = new URL(path, baseURL)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method, localAddress, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const cookiesOf = (reply: Reply) => ([] as string[]).concat(reply.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ')

test('a client-chosen X-Forwarded-For does not escape the per-address sign-in limit', async ({ baseURL }) => {
  test.setTimeout(120_000)
  const from = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`
  const csrf = await send(baseURL!, from, 'GET', '/api/auth/csrf', {})
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string }
  const cookie = cookiesOf(csrf)
  const outcomes: string[] = []
  // 50 wrong passwords for 50 different accounts, each claiming another forwarded address.
  for (let i = 0; i <= 50 && !outcomes.includes('RateLimited'); i++) {
    const body = new URLSearchParams({ email: `acak.${from}.${i}@contoh.id`, password: 'salah', csrfToken, json: 'true' }).toString()
    const reply = await send(baseURL!, from, 'POST', '/api/auth/callback/staf', {
      'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), cookie,
      'x-forwarded-for': `198.51.100.${i}`, 'x-real-ip': `198.51.100.${i}`, 'x-bimtek-client-address': `203.0.113.${i}`,
    }, body)
    const target = String(reply.headers.location ?? '') + reply.body
    outcomes.push(/error=RateLimited/.test(target) ? 'RateLimited' : /error=CredentialsSignin/.test(target) ? 'CredentialsSignin' : `HTTP ${reply.status}`)
  }
  expect(outcomes.slice(0, 50)).toEqual(Array(50).fill('CredentialsSignin'))
  expect(outcomes[50]).toBe('RateLimited')
})
