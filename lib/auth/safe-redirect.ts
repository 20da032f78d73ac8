// Where a browser may be sent after signing in: only a path of this app. The target is resolved the
// way a browser would resolve it (WHATWG URL: backslashes count as slashes, tabs and newlines are
// dropped), and anything that lands on another origin is refused. Checking the string's first
// characters is not enough: `/\evil.example` and `/<tab>/evil.example` both leave the site.

// C0 controls, DEL and backslashes have no place in a link of ours; browsers disagree on them, so
// they are refused before parsing rather than normalised.
const SUSPICIOUS = /[\u0000-\u001f\u007f\\]/

/**
 * The same-origin path (pathname + search + hash) `target` resolves to against `origin`, or null
 * when it points anywhere else or is not a string. The result never starts with `//`, so it stays a
 * path when a browser resolves it again.
 */
export function sameOriginPath(target: unknown, origin: string): string | null {
  if (typeof target !== 'string' || target === '' || SUSPICIOUS.test(target)) return null
  let base: URL
  let url: URL
  try {
    base = new URL(origin)
    url = new URL(target, base)
  } catch {
    return null
  }
  if (url.origin !== base.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null
  // `/.//evil.example` resolves to the path `//evil.example`: a protocol-relative URL once handed on.
  if (url.pathname.startsWith('//')) return null
  return url.pathname + url.search + url.hash
}

// Any fixed origin works for resolving the relative targets the sign-in page receives; an absolute
// URL, even of our own host, then falls back to the home page, which is harmless.
const PAGE_ORIGIN = 'http://app.invalid'

/** The sign-in page's way back: a path of this app, or `fallback` (the role's home via /beranda). */
export const safeCallbackPath = (target: unknown, fallback = '/beranda') => sameOriginPath(target, PAGE_ORIGIN) ?? fallback

/** next-auth's `redirect` callback (after sign-in or sign-out): the same rule, as an absolute URL. */
export const redirectTarget = (url: string, baseUrl: string) => new URL(sameOriginPath(url, baseUrl) ?? '/beranda', baseUrl).href
