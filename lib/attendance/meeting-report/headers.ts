// Which column of a report holds what. Zoom's classic export ("Name (Original Name)", "User Email",
// "Join Time", "Leave Time", "Duration (Minutes)", "Guest"), its newer one ("Name (original name)",
// "Email", "Join time", …), the Indonesian portal's, and Google Meet's attendance reports: the
// classic one ("First name", "Last name", "Email", "Duration", "Time joined", "Time exited") and the
// newer one ("Full name" or "Participant", "Email", "First seen", "Time in call").

export type ReportColumn = 'name' | 'firstName' | 'lastName' | 'email' | 'join' | 'leave' | 'duration' | 'guest'

/** A header cell as compared: lower case, letters and digits only ("Duration (Minutes)" → "durationminutes"). */
export const headerKey = (cell: string) => cell.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '')

const ALIASES: Record<ReportColumn, string[]> = {
  name: ['nameoriginalname', 'name', 'fullname', 'participant', 'participantname', 'displayname', 'namanamaasli', 'nama', 'namapeserta', 'namalengkap'],
  firstName: ['firstname', 'namadepan'],
  lastName: ['lastname', 'namabelakang'],
  email: ['useremail', 'email', 'emailaddress', 'participantemail', 'emailpengguna', 'alamatemail'],
  join: ['jointime', 'timejoined', 'firstseen', 'joined', 'waktubergabung', 'waktugabung', 'bergabung', 'jammasuk'],
  leave: ['leavetime', 'timeexited', 'lastseen', 'left', 'waktukeluar', 'keluar', 'jamkeluar'],
  duration: ['durationminutes', 'duration', 'timeincall', 'durasimenit', 'durasi', 'lamadipanggilan'],
  guest: ['guest', 'tamu'],
}

const LOOKUP = new Map<string, ReportColumn>(Object.entries(ALIASES).flatMap(([column, keys]) => keys.map((k) => [k, column as ReportColumn])))

/** The columns a header row names (first occurrence of each). */
export function matchReportHeaders(cells: string[]): Map<ReportColumn, number> {
  const columns = new Map<ReportColumn, number>()
  cells.forEach((cell, index) => {
    const column = LOOKUP.get(headerKey(cell))
    if (column && !columns.has(column)) columns.set(column, index)
  })
  return columns
}

/** A participants header: a name and a join time (or Meet's duration). */
export function isParticipantsHeader(columns: Map<ReportColumn, number>): boolean {
  const named = columns.has('name') || columns.has('firstName')
  return named && (columns.has('join') || columns.has('duration'))
}

/** Zoom's meeting summary header: "Meeting ID,Topic,Start Time,End Time,User Email,…" (or "Topic,ID,Host,…"). */
export function summaryColumns(cells: string[]) {
  const keys = cells.map(headerKey)
  const at = (...names: string[]) => {
    const i = keys.findIndex((k) => names.includes(k))
    return i < 0 ? null : i
  }
  const topic = at('topic', 'topik', 'meetingtitle')
  const start = at('starttime', 'waktumulai')
  if (topic === null && start === null) return null
  if (!keys.some((k) => ['meetingid', 'id', 'idrapat', 'topic', 'topik'].includes(k))) return null
  return {
    topic, start, end: at('endtime', 'waktuselesai'),
    hostEmail: at('useremail', 'hostemail', 'emailpengguna'), hostName: at('username', 'host', 'hostname', 'namapengguna'),
  }
}
