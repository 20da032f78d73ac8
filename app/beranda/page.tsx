import { redirect } from 'next/navigation'
import { HOME_PATH } from '@/lib/auth/actor'
import { requireActor } from '@/lib/server/auth/session'

// After sign-in every role lands on its own dashboard.
export default async function HomeRedirect() {
  const actor = await requireActor()
  redirect(HOME_PATH[actor.role])
}
