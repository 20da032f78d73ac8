import { groupedCode } from '@/lib/certificates/verification-code'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import type { CertificateVerification } from '@/lib/server/certificates/get-certificate-verification'
import { Html, html } from '@/lib/server/http/html'

// The whole HTML document of the verification page (decision 031): ~3 KB with its own small style
// sheet inline, no script, nothing else to fetch — a QR scan on a cheap phone over a slow connection
// is one request. The look follows the app's cards (slate, brand blue).

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f1f5f9;color:#0f172a;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Ubuntu,sans-serif}
main{min-height:100dvh;padding:2rem 1rem}
.wrap{max-width:28rem;margin:0 auto}
.brand{margin:0 0 1rem;text-align:center;font-size:.875rem;font-weight:600;color:#143d6b}
.card{border:1px solid #e2e8f0;border-radius:.75rem;background:#fff;padding:1.5rem;box-shadow:0 1px 2px rgb(0 0 0/.05)}
h1{margin:0;font-size:1.125rem;font-weight:600}
.status{border-radius:.375rem;padding:.5rem .75rem}
.valid{background:#f0fdf4;color:#166534}.revoked{background:#fef2f2;color:#991b1b}
.warn{border-color:#fcd34d;background:#fffbeb}
p{margin:.5rem 0 0;font-size:.875rem}.muted{color:#475569}.danger{color:#991b1b}.center{text-align:center}
.code404{margin:0;color:#b91c1c;font-size:.875rem;font-weight:600}
dl{display:grid;grid-template-columns:auto 1fr;gap:.5rem 1rem;margin:1rem 0 0;font-size:.875rem}
dt{color:#64748b}dd{margin:0;overflow-wrap:anywhere}.strong{font-weight:500}.mono{font-family:ui-monospace,monospace}
.more{margin-top:1.5rem;text-align:center}.more a{color:#184d89}
a:focus-visible{outline:2px solid #1d5fa8;outline-offset:2px}
`.trim()

const instantDate = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' })

const STYLE_SHEET = new Html(STYLE)

/** `nonce`: the request's CSP nonce (proxy.ts), which lets the inline style sheet apply. */
function verificationDocument(nonce: string | null, content: Html): Html {
  return html`<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#143d6b">
<meta name="robots" content="noindex, nofollow">
<title>Verifikasi sertifikat · Bimtek TPBIS</title>
<style${nonce ? html` nonce="${nonce}"` : ''}>${STYLE_SHEET}</style>
</head>
<body><main><div class="wrap">
<p class="brand">Verifikasi Sertifikat · Bimtek TPBIS Perpustakaan Nasional RI</p>
${content}
<p class="more"><a href="/v">Periksa kode lain</a></p>
</div></main></body>
</html>`
}

export function certificateFoundDocument(nonce: string | null, code: string, c: CertificateVerification): Html {
  const revoked = c.revokedAt !== null
  const status = revoked
    ? html`<p class="danger">Dicabut pada ${instantDate.format(c.revokedAt!)}.${c.replacedByNumber ? html` Digantikan oleh sertifikat nomor <strong>${c.replacedByNumber}</strong>.` : ' Sertifikat ini tidak berlaku lagi.'}</p>`
    : html`<p class="muted">Sertifikat ini diterbitkan oleh ${c.issuingOffice} dan masih berlaku.</p>`
  return verificationDocument(nonce, html`<article class="card" aria-labelledby="status">
<h1 id="status" data-testid="verification-status" class="status ${revoked ? 'revoked' : 'valid'}">${revoked ? 'Sertifikat DICABUT' : 'Sertifikat SAH'}</h1>
${status}
${c.replacesNumber ? html`<p class="muted">Menggantikan sertifikat nomor ${c.replacesNumber}.</p>` : null}
<dl>
<dt>Nomor</dt><dd class="strong">${c.number}</dd>
<dt>Nama</dt><dd class="strong">${c.holderName}</dd>
<dt>Program</dt><dd>${c.programName}, Gelombang ${c.waveNumber}</dd>
<dt>Tanggal</dt><dd>${formatDateRange(c.startDate, c.endDate)}</dd>
<dt>Jumlah JP</dt><dd>${formatNumber(c.totalJp)} JP</dd>
<dt>Penerbit</dt><dd>${c.issuingOffice}</dd>
<dt>Diterbitkan</dt><dd>${c.issuePlace}, ${instantDate.format(c.issuedAt)}</dd>
<dt>Kode</dt><dd class="mono">${groupedCode(code)}</dd>
</dl>
</article>`)
}

export function certificateNotFoundDocument(nonce: string | null): Html {
  return verificationDocument(nonce, html`<div class="card center">
<p class="code404">404</p>
<h1>Sertifikat tidak ditemukan</h1>
<p class="muted">Tidak ada sertifikat dengan kode ini. Periksa kembali kode yang tercetak di bawah kode QR sertifikat.</p>
</div>`)
}

export function tooManyLookupsDocument(nonce: string | null, waitMinutes: number): Html {
  return verificationDocument(nonce, html`<div role="alert" class="card warn">
<h1>Terlalu banyak pemeriksaan</h1>
<p>Alamat Anda sudah memeriksa terlalu banyak sertifikat dalam waktu singkat. Coba lagi dalam ${waitMinutes} menit.</p>
</div>`)
}
