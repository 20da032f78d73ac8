'use client'
import { useEffect, useState } from 'react'

/**
 * Asks the service worker to keep these attendance pages on the device (its CACHE_URLS message,
 * answered by Serwist) and says when the current page is there, so a trainer knows the roster
 * will open in a hall without signal.
 */
export function OfflineReady({ urls }: { urls: string[] }) {
  const [ready, setReady] = useState(false)
  const key = urls.join('\n')
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return
    let live = true
    const here = location.pathname
    void (async () => {
      const registration = await navigator.serviceWorker.ready
      if (navigator.onLine) registration.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: key.split('\n') } })
      for (let i = 0; live && i < 60; i += 1) {
        if (await caches.match(here, { ignoreVary: true, ignoreSearch: true })) { setReady(true); return }
        await new Promise((r) => setTimeout(r, 500))
      }
    })()
    return () => { live = false }
  }, [key])
  return (
    <p className="text-xs text-slate-500" data-testid="offline-ready" data-ready={ready ? 'true' : 'false'}>
      {ready ? 'Tersimpan di perangkat: halaman ini tetap terbuka tanpa sambungan.' : 'Menyimpan halaman ini untuk dipakai tanpa sambungan…'}
    </p>
  )
}
