'use client'
import { useEffect, useRef, useState } from 'react'
import type { CheckInCodeView } from '@/lib/server/attendance/get-check-in-code'

const RETRY_MS = 3_000

/**
 * The rotating code on the trainer's screen (or a projector, or a shared Zoom screen): a big QR code
 * and the six characters, replaced when the server's next step begins. The code is only ever read
 * from the server (GET /api/pelatih/presensi/[sessionId]/kode); its key never reaches the browser.
 */
export function CheckInCodeDisplay({ sessionId, initial }: { sessionId: string; initial: CheckInCodeView }) {
  const [view, setView] = useState(initial)
  const [offline, setOffline] = useState(false)
  const [secondsLeft, setSecondsLeft] = useState(() => secondsUntil(initial))
  // The server's clock minus this device's: a projector's laptop with a wrong clock still counts down right.
  const skew = useRef(0)
  const box = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout>
    skew.current = Date.parse(initial.serverNow) - Date.now()
    const fetchNext = async () => {
      try {
        const response = await fetch(`/api/pelatih/presensi/${sessionId}/kode`, { cache: 'no-store' })
        if (!response.ok) throw new Error(String(response.status))
        const next = (await response.json()) as CheckInCodeView
        if (cancelled) return
        skew.current = Date.parse(next.serverNow) - Date.now()
        setView(next)
        setOffline(false)
        timer = setTimeout(fetchNext, Math.max(250, Date.parse(next.changesAt) - (Date.now() + skew.current) + 150))
      } catch {
        if (cancelled) return
        setOffline(true)
        timer = setTimeout(fetchNext, RETRY_MS)
      }
    }
    timer = setTimeout(fetchNext, Math.max(250, Date.parse(initial.changesAt) - (Date.now() + skew.current) + 150))
    return () => { cancelled = true; clearTimeout(timer) }
    // Scheduled once; every fetch schedules the next.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId])

  useEffect(() => {
    const tick = setInterval(() => setSecondsLeft(Math.max(0, Math.ceil((Date.parse(view.changesAt) - (Date.now() + skew.current)) / 1000))), 250)
    return () => clearInterval(tick)
  }, [view.changesAt])

  return (
    <div ref={box} className="flex flex-col items-center gap-4 bg-white p-4 text-center">
      {view.notice ? <p role="status" className="w-full rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">{view.notice}</p> : null}
      <svg role="img" aria-label="Kode QR presensi" viewBox={`0 0 ${view.qr.size} ${view.qr.size}`} shapeRendering="crispEdges" className="aspect-square w-full max-w-[min(80vh,36rem)] bg-white">
        <path d={view.qr.path} fill="#000" />
      </svg>
      <p className="text-sm text-slate-600">Pindai kode QR, atau ketik kode ini di halaman peserta:</p>
      <p data-testid="check-in-code" aria-live="polite" className="font-mono text-6xl font-bold tracking-[0.25em] text-slate-900 sm:text-8xl">{view.code}</p>
      <p className="text-sm text-slate-600" aria-live="off">
        Kode berganti dalam <strong className="tabular-nums">{secondsLeft}</strong> detik
        {offline ? <span className="ml-2 font-medium text-red-700">· koneksi terputus, mencoba lagi…</span> : null}
      </p>
      <p className="max-w-full break-all text-xs text-slate-500">Alamat presensi: <span data-testid="check-in-url">{view.checkInUrl}</span></p>
      <button
        type="button"
        onClick={() => (document.fullscreenElement ? document.exitFullscreen() : box.current?.requestFullscreen())?.catch(() => {})}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
      >
        Layar penuh
      </button>
    </div>
  )
}

function secondsUntil(view: CheckInCodeView) {
  return Math.max(0, Math.ceil((Date.parse(view.changesAt) - Date.parse(view.serverNow)) / 1000))
}
