import { isAppError } from '@/lib/server/errors'
import { FEED_REFRESH_SECONDS, getTrainerFeedOrThrow } from '@/lib/server/calendar/get-trainer-feed'

// A trainer's calendar feed for phone calendars, which cannot sign in: the signed token in the
// address is the credential (docs/decisions/006-calendar-feed.md). Unknown or forged → 404.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  try {
    const { ics } = await getTrainerFeedOrThrow(token)
    return new Response(ics, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="jadwal-bimtek-tpbis.ics"',
        // Personal data behind a secret address: no shared caches; calendar apps poll, so a short private max-age.
        'Cache-Control': `private, max-age=${Math.min(FEED_REFRESH_SECONDS, 900)}`,
        'X-Robots-Tag': 'noindex',
      },
    })
  } catch (e) {
    if (isAppError(e, 'NOT_FOUND')) {
      return new Response('Kalender tidak ditemukan.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
    }
    throw e
  }
}
