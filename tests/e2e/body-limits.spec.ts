import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// Large bodies against the real server, sent with Node's http client as a script would: chunked
// (no Content-Length) or declaring their size. The server must answer before the client has sent
// everything (it did not read the body first), in Indonesian, never with a 500.

const MB = 1024 * 1024
const port = Number(process.env.E2E_PORT ?? 3100)

type Sent = { status: number; body: string; bytesSentBeforeAnswer: number; finishedSending: boolean }

/**
 * POSTs `size` bytes in 64 KB chunks, stopping as soon as the server answers. The server closes the
 * connection under a body it refused; on a busy machine the client's next write can meet that close
 * (EPIPE/ECONNRESET) before Node has parsed the answer, which says nothing about the server: try again.
 */
async function send(pathname: string, size: number, headers: Record<string, string>): Promise<Sent> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendOnce(pathname, size, headers)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (attempt >= 3 || (code !== 'EPIPE' && code !== 'ECONNRESET')) throw error
    }
  }
}

function sendOnce(pathname: string, size: number, headers: Record<string, string>): Promise<Sent> {
  return new Promise((resolve, reject) => {
    let sent = 0
    let answered = false
    let finished = false
    const request = http.request({ host: '127.0.0.1', port, path: pathname, method: 'POST', headers })
    request.on('response', (response) => {
      answered = true
      const bytesSentBeforeAnswer = sent
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString('utf8'), bytesSentBeforeAnswer, finishedSending: finished })
        request.destroy()
      })
    })
    // The server closing the connection under a body it refused is what it should do.
    request.on('error', (error) => (answered ? undefined : reject(error)))
    const chunk = Buffer.alloc(64 * 1024, 0x61)
    // One chunk per turn of the event loop: an answer that arrived is read before the next write,
    // which could otherwise meet the server's close and lose that answer with the connection.
    const pump = (): void => {
      if (!answered && sent < size) {
        sent += chunk.length
        if (!request.write(chunk)) request.once('drain', pump)
        else setImmediate(pump)
        return
      }
      if (!answered) {
        finished = true
        request.end()
      }
    }
    pump()
  })
}

async function cookieOf(page: Page) {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
}

const multipart = { 'Content-Type': 'multipart/form-data; boundary=----batas' }

test.describe('route handlers', () => {
  test('a participant\'s 60 MB to /api/peserta/kartu gets 403 before it is sent', async ({ page }) => {
    await signInAs(page, 'peserta')
    const result = await send('/api/peserta/kartu', 60 * MB, { ...multipart, Cookie: await cookieOf(page) })
    expect(result.status).toBe(403)
    expect(result.body).toBe('Anda tidak berwenang mencetak kartu peserta.')
    expect(result.finishedSending).toBe(false)
    expect(result.bytesSentBeforeAnswer).toBeLessThan(30 * MB)
  })

  test('signed out, 60 MB to the import gets 401 before it is sent', async () => {
    const result = await send('/api/peserta/impor', 60 * MB, multipart)
    expect(result.status).toBe(401)
    expect(JSON.parse(result.body)).toEqual({ message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' })
    expect(result.finishedSending).toBe(false)
  })

  test('an operator\'s chunked 40 MB to the import is refused at the limit with 413', async ({ page }) => {
    await signInAs(page, 'operatorJabar')
    const result = await send('/api/peserta/impor', 40 * MB, { ...multipart, Cookie: await cookieOf(page) })
    expect(result.status).toBe(413)
    expect(JSON.parse(result.body)).toEqual({ message: 'Ukuran berkas maksimal 5 MB. Bagi menjadi beberapa berkas.' })
    expect(result.finishedSending).toBe(false)
    expect(result.bytesSentBeforeAnswer).toBeLessThan(20 * MB)
  })

  test('Admin Pusat\'s chunked 40 MB to the trainer import is refused at the limit with 413', async ({ page }) => {
    await signInAs(page, 'adminPusat')
    const result = await send('/api/admin/pelatih/impor', 40 * MB, { ...multipart, Cookie: await cookieOf(page) })
    expect(result.status).toBe(413)
    expect(JSON.parse(result.body)).toEqual({ message: 'Ukuran berkas maksimal 2 MB.' })
    expect(result.finishedSending).toBe(false)
  })
})

test('a chunked 40 MB to the sign-in callback is refused at its limit with 413', async () => {
  const result = await send('/api/auth/callback/staf', 40 * MB, { 'Content-Type': 'application/x-www-form-urlencoded' })
  expect(result.status).toBe(413)
  expect(result.body).toBe('Isian masuk terlalu besar.')
  expect(result.finishedSending).toBe(false)
  expect(result.bytesSentBeforeAnswer).toBeLessThan(20 * MB)
})

test.describe('server actions', () => {
  /** A real action of the program page, from the build's manifest. */
  function programActionId(): string {
    const distDir = process.env.NEXT_DIST_DIR || `.next-e2e-${port}`
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { workers: Record<string, unknown> }> }
    const id = Object.entries(manifest.node).find(([, action]) => Object.keys(action.workers).some((w) => w.startsWith('app/admin/program/')))?.[0]
    if (!id) throw new Error('no server action of the program pages in the manifest')
    return id
  }

  test('a body over 512 KB is refused with 413 in Indonesian, one without a length with 411, never a 500', async ({ page }) => {
    await signInAs(page, 'adminPusat')
    const headers = { ...multipart, Cookie: await cookieOf(page), 'Next-Action': programActionId(), Origin: `http://127.0.0.1:${port}` }
    const declared = await send('/admin/program', 2 * MB, { ...headers, 'Content-Length': String(2 * MB) })
    expect(declared.status).toBe(413)
    expect(declared.body).toBe('Isian formulir terlalu besar (maksimal 512 KB). Kurangi isinya lalu kirim lagi.')
    const chunked = await send('/admin/program', 2 * MB, headers)
    expect(chunked.status).toBe(411)
    expect(chunked.body).toBe('Permintaan ditolak: ukuran isi formulir tidak disebutkan.')
    // Outside the signed-in areas too: an action may be posted to any page.
    const elsewhere = await send('/masuk', 2 * MB, { ...headers, 'Content-Length': String(2 * MB) })
    expect(elsewhere.status).toBe(413)
  })
})
