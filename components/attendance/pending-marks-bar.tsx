'use client'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { countPending, QUEUE_CHANGED } from '@/lib/attendance/offline-store'
import { onSent, sendQueue, type SendReport } from '@/lib/attendance/send-queue'

/**
 * What still waits on this device, whether it is online, and "Kirim sekarang". Also the one place
 * that sends by itself when the connection returns.
 */
function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

export function PendingMarksBar() {
  const [waiting, setWaiting] = useState(0)
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true)
  const [sending, setSending] = useState(false)
  const [report, setReport] = useState<SendReport | null>(null)

  const refresh = useCallback(() => { void countPending().then(setWaiting) }, [])
  const send = useCallback(async () => {
    setSending(true)
    try { await sendQueue() } finally { setSending(false) }
  }, [])

  useEffect(() => {
    refresh()
    // On (re)load, whatever waits on this device goes now; and when the connection is back.
    if (navigator.onLine) void countPending().then((n) => { if (n > 0) void send() })
    const goOnline = () => { void send() }
    window.addEventListener('online', goOnline)
    window.addEventListener(QUEUE_CHANGED, refresh)
    const off = onSent((r) => { setReport(r); refresh() })
    return () => {
      window.removeEventListener('online', goOnline)
      window.removeEventListener(QUEUE_CHANGED, refresh)
      off()
    }
  }, [refresh, send])

  const refused = report?.kind === 'sent' ? report.refused : []
  return (
    <div className="space-y-1" data-testid="pending-marks">
      <div className="flex items-center justify-between gap-2 text-sm">
        <p aria-live="polite">
          <span className={`mr-1.5 inline-block size-2 rounded-full ${online ? 'bg-emerald-500' : 'bg-slate-400'}`} aria-hidden />
          {online ? 'Daring' : 'Luring'}
          {' · '}
          {waiting
            ? <strong className="text-amber-700" data-testid="pending-count">{waiting} menunggu dikirim</strong>
            : <span className="text-slate-600" data-testid="pending-count">Semua terkirim</span>}
        </p>
        {waiting > 0 && (
          <button type="button" onClick={() => void send()} disabled={sending} className="min-h-10 rounded-md bg-brand-700 px-3 text-sm font-semibold text-white disabled:opacity-60">
            {sending ? 'Mengirim…' : 'Kirim sekarang'}
          </button>
        )}
      </div>
      {report?.kind === 'offline' && waiting > 0 && <p className="text-xs text-slate-600">Tidak ada sambungan. Tanda kehadiran tersimpan di perangkat ini dan dikirim otomatis saat sambungan kembali.</p>}
      {report?.kind === 'signed-out' && <p className="text-xs text-red-700" role="status">Sesi Anda berakhir. Masuk kembali di tab lain, lalu tekan Kirim sekarang; tanda kehadiran tetap tersimpan.</p>}
      {report?.kind === 'error' && <p className="text-xs text-red-700" role="status">{report.message}</p>}
      {refused.length > 0 && (
        <div className="rounded-md border border-red-200 bg-red-50 p-2 text-xs text-red-800" role="status">
          <p className="font-medium">{refused.length} tanda kehadiran ditolak:</p>
          <ul className="list-disc pl-4">{[...new Set(refused.map((r) => r.message))].map((m) => <li key={m}>{m}</li>)}</ul>
        </div>
      )}
    </div>
  )
}
