import type { MetadataRoute } from 'next'
import { appName } from '@/lib/i18n/id'

/** The web app manifest: trainers install the app on their phone and open "Hari ini" from it. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${appName} — Presensi Pelatih`,
    short_name: appName,
    description: 'Presensi peserta Bimtek TPBIS, juga tanpa sambungan internet.',
    lang: 'id',
    start_url: '/pelatih/presensi',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: '#143d6b',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
}
