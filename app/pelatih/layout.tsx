import { SerwistProvider } from '@serwist/turbopack/react'
import type { ReactNode } from 'react'
import { RoleShell } from '@/components/role-shell'

// The trainer's pages register the attendance service worker (decision 023), scoped to /pelatih/ so
// that no other area's pages pass through it. It reloads nothing by itself: the roster's queue sends
// what waits when the connection returns.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <SerwistProvider swUrl="/serwist/sw.js" options={{ scope: '/pelatih/' }} reloadOnOnline={false}>
      <RoleShell>{children}</RoleShell>
    </SerwistProvider>
  )
}
