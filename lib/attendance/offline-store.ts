// The device's copy of the roster work (browser only): marks waiting to be sent and the last known
// roster of each session, in IndexedDB through `idb` (decision 022). Survives reloads, closed tabs
// and a day without signal; cleared on sign-out once the trainer has agreed to drop what waits.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { QueuedMark, ServerMark } from './mark-queue'

export type StoredRoster = {
  sessionId: string
  /** When this copy was true on the server (the page's render time, or the last acknowledged batch). */
  savedAt: string
  marks: Record<string, ServerMark>
}

interface PresensiDb extends DBSchema {
  pending: { key: string; value: QueuedMark; indexes: { bySession: string } }
  rosters: { key: string; value: StoredRoster }
}

const DB_NAME = 'bimtek-presensi'
/** Fired on window whenever the waiting marks change, so every view of the queue stays current. */
export const QUEUE_CHANGED = 'bimtek:presensi-queue'
const notify = () => window.dispatchEvent(new Event(QUEUE_CHANGED))
let opened: Promise<IDBPDatabase<PresensiDb>> | null = null

function database() {
  opened ??= openDB<PresensiDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('pending', { keyPath: 'clientMutationId' }).createIndex('bySession', 'sessionId')
      db.createObjectStore('rosters', { keyPath: 'sessionId' })
    },
  })
  return opened
}

export async function addPending(marks: readonly QueuedMark[]) {
  const tx = (await database()).transaction('pending', 'readwrite')
  await Promise.all([...marks.map((m) => tx.store.put(m)), tx.done])
  notify()
}

export async function listPending(sessionId?: string): Promise<QueuedMark[]> {
  const db = await database()
  return sessionId ? db.getAllFromIndex('pending', 'bySession', sessionId) : db.getAll('pending')
}

export async function countPending(): Promise<number> {
  return (await database()).count('pending')
}

export async function updatePending(marks: readonly QueuedMark[]) {
  const tx = (await database()).transaction('pending', 'readwrite')
  // Only marks still waiting: one acknowledged meanwhile (another tab) is not brought back.
  await Promise.all([...marks.map(async (m) => { if (await tx.store.getKey(m.clientMutationId)) await tx.store.put(m) }), tx.done])
}

export async function removePending(ids: readonly string[]) {
  const tx = (await database()).transaction('pending', 'readwrite')
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done])
  notify()
}

export async function getRoster(sessionId: string): Promise<StoredRoster | undefined> {
  return (await database()).get('rosters', sessionId)
}

/** Keeps the newer copy of a session's marks. */
export async function saveRoster(roster: StoredRoster) {
  const tx = (await database()).transaction('rosters', 'readwrite')
  const existing = await tx.store.get(roster.sessionId)
  if (!existing || Date.parse(existing.savedAt) <= Date.parse(roster.savedAt)) await tx.store.put(roster)
  await tx.done
}

/** Applies the server's current marks to the stored rosters. */
export async function recordServerMarks(current: readonly { sessionId: string; enrolmentId: string; mark: ServerMark }[], at: Date) {
  if (!current.length) return
  const tx = (await database()).transaction('rosters', 'readwrite')
  for (const sessionId of new Set(current.map((c) => c.sessionId))) {
    const roster = (await tx.store.get(sessionId)) ?? { sessionId, savedAt: new Date(0).toISOString(), marks: {} }
    for (const c of current) if (c.sessionId === sessionId) roster.marks[c.enrolmentId] = c.mark
    await tx.store.put({ ...roster, savedAt: new Date(Math.max(at.getTime(), Date.parse(roster.savedAt))).toISOString() })
  }
  await tx.done
}

/** Everything this device kept of the roster work (sign-out). */
export async function clearOfflineData() {
  const db = await database()
  await Promise.all([db.clear('pending'), db.clear('rosters')])
  notify()
}
