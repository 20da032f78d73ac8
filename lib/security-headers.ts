// The security headers of every response (decision 018). Pure, so that next.config.ts (static
// assets, route handlers: evaluated at build time) and proxy.ts (pages: at request time, with the
// nonce) build them from the same rules.

export type Header = { key: string; value: string }

/** The public URL is https: NEXTAUTH_URL decides, never a header a client or proxy can send. */
export function isHttpsSite(env: Record<string, string | undefined> = process.env): boolean {
  const url = env.NEXTAUTH_URL?.trim()
  if (!url) return false
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

// Allowed: the camera, for this origin only (the check-in QR scanner). Denied: the other powerful
// features the app has no use for. Only names Chromium knows: an unknown one is logged on every page.
const PERMISSIONS_POLICY = [
  'camera=(self)',
  ...['microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'midi', 'accelerometer', 'gyroscope', 'magnetometer',
    'display-capture', 'screen-wake-lock', 'idle-detection', 'local-fonts', 'publickey-credentials-get', 'browsing-topics', 'xr-spatial-tracking',
  ].map((feature) => `${feature}=()`),
].join(', ')

/**
 * The Content-Security-Policy. With a nonce (pages, from proxy.ts) only scripts carrying it run, and
 * those they load ('strict-dynamic'); without one (static files, route handlers) no inline script or
 * style runs at all. Never 'unsafe-inline' for scripts; 'unsafe-eval' only for the dev server.
 */
export function contentSecurityPolicy({ nonce, dev = false, https = false }: { nonce?: string; dev?: boolean; https?: boolean } = {}): string {
  const nonceSource = nonce ? [`'nonce-${nonce}'`] : []
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...nonceSource, ...(nonce ? ["'strict-dynamic'"] : []), ...(dev ? ["'unsafe-eval'"] : [])],
    // The dev overlay injects unnonced styles; a nonce would make browsers ignore 'unsafe-inline'.
    ['style-src', "'self'", ...(dev ? ["'unsafe-inline'"] : nonceSource)],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    // The attendance service worker (/serwist/sw.js) and the web app manifest, from this origin only.
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    // The certificate design editor shows its live preview PDF from a blob: URL in an iframe.
    ['frame-src', "'self'", 'blob:'],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    // Only behind https: on plain http it would send every subresource to a port that is not there.
    ...(https ? [['upgrade-insecure-requests'] as [string]] : []),
  ]
  return directives.map((d) => d.join(' ')).join('; ')
}

/** Every header but the CSP, which depends on the response (see contentSecurityPolicy). */
export function securityHeaders({ https = false }: { https?: boolean } = {}): Header[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    // Old browsers that do not know frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    // Two years (the preload list's minimum); includeSubDomains covers only names under the app's own host.
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}
