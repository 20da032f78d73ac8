// Sends the device's waiting marks to POST /api/presensi (browser only). One send at a time per tab;
// a second tab sending the same marks is harmless, the server applies each mutation id once.
import { batchesOf, markHeld, requestBody, settle, type MarkResult, type QueuedMark } from './mark-queue'
import { listPending, recordServerMarks, removePending, updatePending } from './offline-store'

export type SendReport =
  | { kind: 'sent'; done: number; refused: { mark: QueuedMark; message: string }[]; waiting: number }
  | { kind: 'offline'; waiting: number }
  | { kind: 'signed-out'; waiting: number }
  | { kind: 'error'; message: string; waiting: number }

let inFlight: Promise<SendReport> | null = null
let sendAgain = false
const listeners = new Set<(report: SendReport) => void>()

/** Called after every send, whoever started it (the roster, "Hari ini", the online event). */
export function onSent(listener: (report: SendReport) => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** Sends what waits. A tap during a send is sent right after it, in the next request. */
export function sendQueue(): Promise<SendReport> {
  if (inFlight) {
    sendAgain = true
    return inFlight
  }
  inFlight = (async () => {
    let report: SendReport
    do {
      sendAgain = false
      report = await sendAll()
    } while (sendAgain && report.kind === 'sent')
    listeners.forEach((l) => l(report))
    return report
  })().finally(() => { inFlight = null })
  return inFlight
}

async function sendAll(): Promise<SendReport> {
  const refused: { mark: QueuedMark; message: string }[] = []
  let done = 0
  for (const batch of batchesOf(await listPending())) {
    let response: Response
    try {
      response = await fetch('/api/presensi', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(requestBody(batch)),
        credentials: 'same-origin',
        cache: 'no-store',
      })
    } catch {
      // No connection: what waits is recorded as made offline, and goes when the network returns.
      await updatePending(batch.map(markHeld))
      return { kind: 'offline', waiting: (await listPending()).length }
    }
    if (response.status === 401) return { kind: 'signed-out', waiting: (await listPending()).length }
    if (!response.ok) {
      const message = await response.json().then((b: { message?: string }) => b.message).catch(() => null)
      return { kind: 'error', message: message ?? `Pengiriman gagal (kode ${response.status}). Coba lagi.`, waiting: (await listPending()).length }
    }
    const { results } = (await response.json()) as { results: MarkResult[] }
    const settled = settle(batch, results)
    await recordServerMarks(settled.current, new Date())
    await removePending(settled.done)
    done += settled.done.length
    refused.push(...settled.refused)
  }
  return { kind: 'sent', done, refused, waiting: (await listPending()).length }
}
