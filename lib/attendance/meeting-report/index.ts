// Online attendance from a meeting's own report (Zoom participants report, Google Meet attendance
// report): parse → group joins per person → match to enrolments → minutes and status. Pure.
export { parseMeetingReport, MAX_JOIN_ROWS } from './parse-report'
export { matchReport, rankCandidates, AUTO_MATCH } from './match'
export type { EnrolledParticipant, MatchContext, ReportMatch, MatchedParticipant, UnmatchedAttendee, Candidate, MatchHow } from './match'
export { nameKey, personNameTokens, phonesInName } from './names'
export { mergeIntervals, minutesPresent, reportStatus, requiredMinutes } from './presence'
export type { JoinRow, ParsedReport, ReportContext, ReportSource, SkippedLine, MeetingSummary } from './types'
