/** Only a web address is a meeting link: anything else (javascript:, a typo) is not shown as one. */
export function safeMeetingUrl(url: string | null): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}
