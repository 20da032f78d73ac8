import 'server-only'
import { getSiteOrigin } from '@/lib/server/site-url'
import { feedPath } from './feed-token'

/**
 * The absolute addresses of a trainer's feed: webcal:// opens the phone's calendar app directly,
 * http(s):// is what Google Calendar's "From URL" wants.
 */
export async function getFeedLinks(trainerId: string): Promise<{ webcalUrl: string; httpsUrl: string }> {
  const { host, origin } = await getSiteOrigin()
  const path = feedPath(trainerId)
  return { webcalUrl: `webcal://${host}${path}`, httpsUrl: `${origin}${path}` }
}
