import { describe, expect, it } from 'vitest'
import nextConfig from '../next.config'
import { FORM_POST_LIMIT, FORM_POST_LIMIT_BYTES, refuseLargeFormPost } from './form-post-limit'

const post = (headers: Record<string, string>) => new Request('http://localhost/admin', { method: 'POST', headers })

describe('the form post limit', () => {
  it('is the one next.config.ts gives server actions and the proxy\'s body copy', () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(FORM_POST_LIMIT)
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(FORM_POST_LIMIT)
    expect(FORM_POST_LIMIT).toBe(`${FORM_POST_LIMIT_BYTES / 1024}kb`)
  })

  it('refuses a larger or unsized body in Indonesian, lets the rest through', async () => {
    const tooLarge = refuseLargeFormPost(post({ 'content-length': String(FORM_POST_LIMIT_BYTES + 1) }))
    expect(tooLarge?.status).toBe(413)
    expect(await tooLarge?.text()).toBe('Isian formulir terlalu besar (maksimal 512 KB). Kurangi isinya lalu kirim lagi.')
    expect(tooLarge?.headers.get('connection')).toBe('close')
    expect(refuseLargeFormPost(post({ 'content-length': 'banyak' }))?.status).toBe(413)
    expect(refuseLargeFormPost(post({ 'transfer-encoding': 'chunked' }))?.status).toBe(411)
    expect(refuseLargeFormPost(post({ 'content-length': String(FORM_POST_LIMIT_BYTES) }))).toBeNull()
    expect(refuseLargeFormPost(post({}))).toBeNull()
    expect(refuseLargeFormPost(new Request('http://localhost/admin'))).toBeNull()
  })
})
