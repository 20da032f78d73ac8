import 'server-only'
import { forbidden, notFound } from 'next/navigation'
import { isAppError } from '@/lib/server/errors'

/** For pages: a domain NOT_FOUND renders the 404 page, FORBIDDEN the 403 page. */
export async function loadOr404<T>(load: Promise<T>): Promise<T> {
  try {
    return await load
  } catch (e) {
    if (isAppError(e, 'NOT_FOUND')) notFound()
    if (isAppError(e, 'FORBIDDEN')) forbidden()
    throw e
  }
}
