// Shapes shared by the meeting-report parser, the presence rules and the matcher. Pure data.

export type ReportSource = 'ZOOM' | 'MEET'

/** One join of one person, as the report lists it (a person who rejoined has several). */
export type JoinRow = {
  /** 1-based line of the file, for messages. */
  line: number
  /** The display name as typed in the meeting ("Dewi L - Perpusdes Sukamaju"). */
  name: string
  email: string | null
  joinedAt: Date
  leftAt: Date
}

/** A line that was read but not counted, with the reason in Indonesian. */
export type SkippedLine = { line: number; name: string; reason: string }

export type MeetingSummary = { topic: string | null; startsAt: Date | null; endsAt: Date | null; hostEmail: string | null; hostName: string | null }

export type ParsedReport =
  | { ok: true; source: ReportSource; meeting: MeetingSummary; rows: JoinRow[]; skipped: SkippedLine[] }
  | { ok: false; message: string }

/** What the parser needs to know about the session: times in the report are the venue's wall clock. */
export type ReportContext = { timeZone: string; startsAt: Date; endsAt: Date }
