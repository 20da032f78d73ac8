import type { JoinRow, MeetingSummary, ReportSource, SkippedLine } from '@/lib/attendance/meeting-report'

// What attendance_report.preview holds: the parsed joins (not the match: that is worked out again
// whenever the preview is shown or confirmed, so a link made by hand shows at once) and, once
// confirmed, what confirming did.

export type StoredJoin = { line: number; name: string; email: string | null; joinedAt: string; leftAt: string }
export type ReportOutcomeCounts = { applied: number; unchanged: number; superseded: number; duplicate: number; refused: number }
export type StoredPreview = {
  version: 1
  source: ReportSource
  meeting: { topic: string | null; startsAt: string | null; endsAt: string | null; hostEmail: string | null; hostName: string | null }
  rows: StoredJoin[]
  skipped: SkippedLine[]
  result?: ReportOutcomeCounts & { messages: string[] }
}

export function toStoredPreview(source: ReportSource, meeting: MeetingSummary, rows: JoinRow[], skipped: SkippedLine[]): StoredPreview {
  return {
    version: 1, source,
    meeting: { ...meeting, startsAt: meeting.startsAt?.toISOString() ?? null, endsAt: meeting.endsAt?.toISOString() ?? null },
    rows: rows.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString(), leftAt: r.leftAt.toISOString() })),
    skipped,
  }
}

export function storedJoins(preview: StoredPreview): JoinRow[] {
  return preview.rows.map((r) => ({ ...r, joinedAt: new Date(r.joinedAt), leftAt: new Date(r.leftAt) }))
}
