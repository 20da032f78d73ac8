/// <reference lib="webworker" />
// The service worker (decision 023), built by Serwist (app/serwist/[path]/route.ts bundles this file
// with esbuild at build time). It keeps the trainer's attendance pages working without a network:
// the app's JavaScript and CSS are precached, and the "Hari ini" and roster pages are cached as they
// are visited (network first, the cached copy when the network is away). Every other request goes
// to the network untouched: no other personal page or API response is stored on the device.
import type { PrecacheEntry, SerwistGlobalConfig } from 'serwist'
import { ExpirationPlugin, NetworkFirst, Serwist } from 'serwist'

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined
  }
}

declare const self: ServiceWorkerGlobalScope

/** "Hari ini" and the roster of one session; the marks themselves live in IndexedDB, not here. */
const ATTENDANCE_PAGE = /^\/pelatih\/presensi(?:\/[0-9a-f-]{36})?\/?$/i
const FORTNIGHT = 14 * 24 * 60 * 60
const isRsc = (request: Request) => request.headers.get('RSC') === '1'

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && ATTENDANCE_PAGE.test(url.pathname) && !isRsc(request),
      handler: new NetworkFirst({
        cacheName: 'presensi-pages',
        // A hall's weak Wi-Fi: after a few seconds the copy on the device is better than waiting.
        networkTimeoutSeconds: 6,
        // Next varies pages on its router headers; a reload and a caching fetch send none of them.
        matchOptions: { ignoreVary: true },
        plugins: [new ExpirationPlugin({ maxEntries: 64, maxAgeSeconds: FORTNIGHT })],
      }),
    },
    {
      matcher: ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && ATTENDANCE_PAGE.test(url.pathname) && isRsc(request),
      handler: new NetworkFirst({
        cacheName: 'presensi-rsc',
        networkTimeoutSeconds: 6,
        plugins: [new ExpirationPlugin({ maxEntries: 64, maxAgeSeconds: FORTNIGHT })],
      }),
    },
  ],
})

serwist.addEventListeners()
