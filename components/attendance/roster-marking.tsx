'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AttendanceStatus } from '@/generated/prisma/enums'
import {
  allPresentMarks, ATTENDANCE_STATUSES, countRoster, entryView, makeMark, matchesSearch, type QueuedMark, type ServerMark,
} from '@/lib/attendance/mark-queue'
import { addPending, getRoster, listPending, saveRoster } from '@/lib/attendance/offline-store'
import { onSent, sendQueue, type SendReport } from '@/lib/attendance/send-queue'
import { attendanceStatusLabel } from '@/lib/i18n/id'
import { PendingMarksBar } from './pending-marks-bar'

export type RosterEntryProps = { enrolmentId: string; name: string; institution: string; place: string; mark: ServerMark | null }
export type RosterMarkingProps = {
  sessionId: string
  entries: RosterEntryProps[]
  loadedAt: string
  /** Whether taps are taken: the marking window is open, or the viewer may mark at any time. */
  canMark: boolean
}

const STATUS_STYLE: Record<AttendanceStatus, { on: string; chip: string }> = {
  HADIR: { on: 'bg-emerald-700 text-white border-emerald-700', chip: 'bg-emerald-50 text-emerald-800' },
  TERLAMBAT: { on: 'bg-amber-700 text-white border-amber-700', chip: 'bg-amber-50 text-amber-800' },
  IZIN: { on: 'bg-sky-700 text-white border-sky-700', chip: 'bg-sky-50 text-sky-800' },
  SAKIT: { on: 'bg-violet-700 text-white border-violet-700', chip: 'bg-violet-50 text-violet-800' },
  ALPA: { on: 'bg-red-700 text-white border-red-700', chip: 'bg-red-50 text-red-800' },
}

// "Terlambat" does not fit a fifth of a 360 px phone. The accessible name holds the full word and the
// short one, so the word shown at any width is part of it (WCAG 2.5.3, label in name).
const SHORT_LABEL: Partial<Record<AttendanceStatus, string>> = { TERLAMBAT: 'Telat' }

const newId = () => crypto.randomUUID()

/**
 * The roster on a phone: one tap per status, "Semua hadir" then the exceptions, a note per mark,
 * live counts. Every tap goes into the device's queue first (IndexedDB) and is shown as waiting
 * until the server acknowledges it, so a mark made in a hall without signal is never lost.
 */
export function RosterMarking({ sessionId, entries, loadedAt, canMark }: RosterMarkingProps) {
  const [serverMarks, setServerMarks] = useState<Record<string, ServerMark>>(() =>
    Object.fromEntries(entries.flatMap((e) => (e.mark ? [[e.enrolmentId, e.mark]] : []))))
  const [pending, setPending] = useState<QueuedMark[]>([])
  const [query, setQuery] = useState('')
  const [openNote, setOpenNote] = useState<string | null>(null)
  const [ready, setReady] = useState(false)
  const sendTimer = useRef<ReturnType<typeof setTimeout> | null>(null)

  // The newer of the page's roster and the device's copy; then what still waits on this device.
  const reload = useCallback(async () => {
    const stored = await getRoster(sessionId)
    if (stored && Date.parse(stored.savedAt) > Date.parse(loadedAt)) setServerMarks((marks) => ({ ...marks, ...stored.marks }))
    setPending(await listPending(sessionId))
  }, [sessionId, loadedAt])

  useEffect(() => {
    let live = true
    const serverCopy = Object.fromEntries(entries.flatMap((e) => (e.mark ? [[e.enrolmentId, e.mark]] : [])))
    void (async () => {
      await saveRoster({ sessionId, savedAt: loadedAt, marks: serverCopy })
      if (!live) return
      await reload()
      setReady(true)
      // On (re)load: whatever waits on this device goes now.
      if (navigator.onLine) void sendQueue()
    })()
    const off = onSent(() => { if (live) void reload() })
    return () => { live = false; off() }
  }, [sessionId, loadedAt, entries, reload])

  const scheduleSend = useCallback(() => {
    if (sendTimer.current) clearTimeout(sendTimer.current)
    // Taps in quick succession travel together.
    sendTimer.current = setTimeout(() => { if (navigator.onLine) void sendQueue() }, 400)
  }, [])

  const record = useCallback(async (marks: QueuedMark[]) => {
    if (!marks.length) return
    setPending((p) => [...p, ...marks])
    await addPending(marks)
    scheduleSend()
  }, [scheduleSend])

  const rows = useMemo(() => entries.map((e) => ({
    ...e,
    view: entryView(serverMarks[e.enrolmentId] ?? null, pending.filter((m) => m.enrolmentId === e.enrolmentId)),
  })), [entries, serverMarks, pending])
  const counts = countRoster(rows.map((r) => r.view))
  const visible = rows.filter((r) => matchesSearch(`${r.name} ${r.institution}`, query))

  const tap = (enrolmentId: string, status: AttendanceStatus, note: string | null) =>
    record([makeMark({ sessionId, enrolmentId, status, note }, new Date(), navigator.onLine, newId)])

  return (
    <div className="space-y-3" data-ready={ready ? 'true' : 'false'} data-testid="roster">
      <div className="sticky top-0 z-10 -mx-4 space-y-2 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur">
        <ul className="flex flex-wrap gap-1.5 text-xs" aria-label="Rekap kehadiran" data-testid="roster-counts">
          {ATTENDANCE_STATUSES.map((s) => (
            <li key={s} className={`rounded-full px-2 py-1 font-medium ${STATUS_STYLE[s].chip}`} data-testid={`count-${s}`}>
              {attendanceStatusLabel[s]} <strong>{counts[s]}</strong>
            </li>
          ))}
          <li className="rounded-full bg-slate-100 px-2 py-1 font-medium text-slate-700" data-testid="count-unmarked">
            Belum <strong>{counts.unmarked}</strong>
          </li>
        </ul>
        <PendingMarksBar />
      </div>

      {canMark && counts.unmarked > 0 && (
        <button
          type="button"
          onClick={() => record(allPresentMarks(sessionId, rows, new Date(), navigator.onLine, newId))}
          className="min-h-12 w-full rounded-lg bg-emerald-700 px-4 py-3 text-base font-semibold text-white shadow-sm active:bg-emerald-800"
        >
          Semua hadir ({counts.unmarked} belum ditandai)
        </button>
      )}

      <label className="block">
        <span className="sr-only">Cari nama peserta</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Cari nama peserta…"
          className="min-h-11 w-full rounded-lg border border-slate-300 px-3 text-base"
        />
      </label>

      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Daftar peserta">
        {visible.map((r) => (
          <li key={r.enrolmentId} className="px-3 py-2.5" data-testid="roster-row" data-enrolment={r.enrolmentId}>
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{r.name}</p>
                <p className="truncate text-xs text-slate-500">{r.institution}{r.place ? ` · ${r.place}` : ''}</p>
              </div>
              <div className="shrink-0 text-right text-xs">
                {r.view.status
                  ? <span className={`rounded px-1.5 py-0.5 font-medium ${STATUS_STYLE[r.view.status].chip}`} data-testid="row-status">{attendanceStatusLabel[r.view.status]}</span>
                  : <span className="text-slate-500" data-testid="row-status">Belum</span>}
                {r.view.pending && <p className="mt-0.5 text-amber-700" data-testid="row-pending">menunggu dikirim</p>}
              </div>
            </div>
            {r.view.note && <p className="mt-1 text-xs text-slate-600" data-testid="row-note">Catatan: {r.view.note}</p>}
            {canMark && (
              <div className="mt-2 grid grid-cols-5 gap-1" role="group" aria-label={`Status ${r.name}`}>
                {ATTENDANCE_STATUSES.map((s) => {
                  const on = r.view.status === s
                  return (
                    <button
                      key={s}
                      type="button"
                      aria-pressed={on}
                      aria-label={`${attendanceStatusLabel[s]}${SHORT_LABEL[s] ? `, ${SHORT_LABEL[s].toLowerCase()}` : ''}: ${r.name}`}
                      onClick={() => { if (!on) void tap(r.enrolmentId, s, r.view.note) }}
                      className={`min-h-11 rounded-md border px-0.5 text-xs font-semibold ${on ? STATUS_STYLE[s].on : 'border-slate-300 bg-white text-slate-700 active:bg-slate-100'}`}
                    >
                      {SHORT_LABEL[s]
                        ? <><span className="sm:hidden">{SHORT_LABEL[s]}</span><span className="hidden sm:inline">{attendanceStatusLabel[s]}</span></>
                        : attendanceStatusLabel[s]}
                    </button>
                  )
                })}
              </div>
            )}
            {canMark && r.view.status && (
              openNote === r.enrolmentId
                ? <NoteForm
                    name={r.name}
                    initial={r.view.note ?? ''}
                    onCancel={() => setOpenNote(null)}
                    onSave={(note) => { setOpenNote(null); void tap(r.enrolmentId, r.view.status!, note || null) }}
                  />
                : <button type="button" onClick={() => setOpenNote(r.enrolmentId)} className="mt-1 min-h-9 text-xs font-medium text-brand-700 underline" aria-label={`${r.view.note ? 'Ubah catatan' : 'Tambah catatan'}: ${r.name}`}>
                    {r.view.note ? 'Ubah catatan' : 'Tambah catatan'}
                  </button>
            )}
          </li>
        ))}
        {visible.length === 0 && <li className="px-3 py-6 text-center text-sm text-slate-500">Tidak ada peserta yang cocok.</li>}
      </ul>
    </div>
  )
}

function NoteForm({ name, initial, onSave, onCancel }: { name: string; initial: string; onSave: (note: string) => void; onCancel: () => void }) {
  const [note, setNote] = useState(initial)
  return (
    <form className="mt-2 space-y-2" onSubmit={(e) => { e.preventDefault(); onSave(note.trim()) }}>
      <label className="block text-xs font-medium text-slate-700">
        Catatan untuk {name}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} rows={2} className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-base" autoFocus />
      </label>
      <div className="flex gap-2">
        <button type="submit" className="min-h-10 flex-1 rounded-md bg-brand-700 px-3 text-sm font-semibold text-white">Simpan catatan</button>
        <button type="button" onClick={onCancel} className="min-h-10 rounded-md border border-slate-300 px-3 text-sm">Batal</button>
      </div>
    </form>
  )
}

export type { SendReport }
