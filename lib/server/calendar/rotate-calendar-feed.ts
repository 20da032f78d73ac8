import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { requireAccess, trainerOf } from '@/lib/server/scope/access'

/**
 * A trainer voids their calendar feed address (shared by mistake, a phone lost) and gets a new one:
 * the feed version in the token's MAC goes up, so every earlier address answers 404 on every instance.
 */
export async function rotateCalendarFeed(actor: Actor): Promise<void> {
  // Only the trainer's own feed: Admin Pusat's update:trainer:any does not reach a feed through here.
  if (requireAccess(actor, 'update', 'trainer') !== 'own') throw notFoundError('Kalender tidak ditemukan.')
  await db.$transaction(async (tx) => {
    const trainer = await tx.trainer.update({
      where: { id: trainerOf(actor) },
      data: { calendarFeedVersion: { increment: 1 } },
      select: { id: true, calendarFeedVersion: true },
    }).catch(() => null)
    if (!trainer) throw notFoundError('Kalender tidak ditemukan.')
    await writeAuditLog(tx, actor, {
      action: 'rotate-calendar-feed', entity: 'Trainer', entityId: trainer.id,
      before: { calendarFeedVersion: trainer.calendarFeedVersion - 1 }, after: { calendarFeedVersion: trainer.calendarFeedVersion },
    })
  })
}
