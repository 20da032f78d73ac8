import 'server-only'
import { db } from '@/lib/server/db'
import { getSiteOrigin } from '@/lib/server/site-url'
import { feedPath } from './feed-token'

/**
 * The absolute addresses of a trainer's feed: webcal:// opens the phone's calendar app directly,
 * http(s):// is what Google Calendar's "From URL" wants.
 */
export async function getFeedLinks(trainerId: string): Promise<{ webcalUrl: string; httpsUrl: string } | null> {
  const [{ host, origin }, trainer] = await Promise.all([
    getSiteOrigin(),
    db.trainer.findUnique({ where: { id: trainerId }, select: { calendarFeedVersion: true } }),
  ])
  if (!trainer) return null
  const path = feedPath(trainerId, trainer.calendarFeedVersion)
  return { webcalUrl: `webcal://${host}${path}`, httpsUrl: `${origin}${path}` }
}
