import { describe, expect, it } from 'vitest'
import { html, htmlResponse } from './html'

describe('html', () => {
  it('escapes every interpolated value, keeps nested html as it is, and leaves out null, undefined and false', () => {
    const name = `<script>alert("x")</script> & 'Siti'`
    const inner = html`<strong>${name}</strong>`
    expect(html`<p title="${name}">${inner}${null}${undefined}${false}${0}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Siti&#39;"><strong>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Siti&#39;</strong>0</p>',
    )
  })

  it('joins lists, escaping their strings', () => {
    expect(html`<ul>${['<a>', html`<li>b</li>`]}</ul>`.value).toBe('<ul>&lt;a&gt;<li>b</li></ul>')
  })

  it('answers a document that is never cached', async () => {
    const response = htmlResponse(html`<html><body>x</body></html>`, 404, { 'retry-after': '60' })
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('retry-after')).toBe('60')
    expect(await response.text()).toBe('<!DOCTYPE html><html><body>x</body></html>')
  })
})
