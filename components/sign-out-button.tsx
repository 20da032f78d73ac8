'use client'
import { signOut } from 'next-auth/react'
import { clearOfflineData, countPending } from '@/lib/attendance/offline-store'
import { sendQueue } from '@/lib/attendance/send-queue'
import { nav } from '@/lib/i18n/id'

/**
 * Signing out also clears the roster work kept on this device (a next user must never send it under
 * their name); with marks still waiting, it first tries to send them and asks before dropping them.
 */
async function leaveDevice(): Promise<boolean> {
  // Imported with the button, not on click: offline, a chunk loaded on demand may not arrive.
  if (!('indexedDB' in window)) return true
  if ((await countPending()) > 0 && navigator.onLine) await sendQueue().catch(() => null)
  const waiting = await countPending()
  if (waiting > 0 && !window.confirm(`${waiting} tanda kehadiran belum terkirim dan akan hilang dari perangkat ini jika Anda keluar sekarang. Tetap keluar?`)) return false
  await clearOfflineData()
  if ('caches' in window) for (const name of await caches.keys()) if (name.startsWith('presensi-')) await caches.delete(name)
  return true
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={async () => {
        const leave = await leaveDevice().catch(() => true)
        if (leave) await signOut({ callbackUrl: '/masuk' })
      }}
      className="rounded-md border border-white/30 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10"
    >
      {nav.signOut}
    </button>
  )
}
