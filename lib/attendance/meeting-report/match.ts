import type { AttendanceSettings } from '@/lib/attendance/rules'
import { foldText, nameKey, personNameTokens, phonesInName } from './names'
import { minutesPresent, reportStatus } from './presence'
import { nameSimilarity } from './similarity'
import type { JoinRow } from './types'

// The joins of a report → the session's enrolled participants. One person's joins are grouped
// first (same e-mail or same name key), then each group is matched: a link made by hand for the
// cohort, the e-mail, a phone number in the display name, then name similarity. Groups that land on
// the same participant (a phone and a laptop) are merged, so their minutes count once. Pure.

export type EnrolledParticipant = { enrolmentId: string; name: string; email: string | null; phone: string | null; institution: string | null }
export type MatchHow = 'LINK' | 'EMAIL' | 'PHONE' | 'NAME'
export type Candidate = { enrolmentId: string; name: string; institution: string | null; score: number }

export type Attendee = { key: string; names: string[]; nameKeys: string[]; emails: string[]; joins: number; firstJoin: string; minutes: number }
export type MatchedParticipant = {
  enrolmentId: string; participantName: string; institution: string | null
  attendees: Attendee[]; how: MatchHow; minutes: number; firstJoin: string; status: 'HADIR' | 'TERLAMBAT' | null
}
export type UnmatchedAttendee = Attendee & { candidates: Candidate[] }
export type IgnoredAttendee = { names: string[]; reason: string }
export type ReportMatch = {
  matched: MatchedParticipant[]
  unmatched: UnmatchedAttendee[]
  ignored: IgnoredAttendee[]
  absent: { enrolmentId: string; name: string; institution: string | null }[]
  requiredMinutes: number
}

export type MatchContext = {
  session: { startsAt: Date; endsAt: Date }
  rules: Pick<AttendanceSettings, 'onlinePresentPercent' | 'lateGraceMinutes'>
  participants: EnrolledParticipant[]
  /** nameKey → enrolmentId, the cohort's links made by hand. */
  links: Map<string, string>
  /** The host and the session's trainers: present in the meeting, never marked. */
  staff: { names: string[]; emails: string[] }
}

/** At or above this a name matches on its own, when no other participant comes within MARGIN. */
export const AUTO_MATCH = 0.88
const MARGIN = 0.08
const CANDIDATE_FLOOR = 0.5

type Group = { rows: JoinRow[]; names: string[]; keys: string[]; emails: string[] }

function groupJoins(rows: JoinRow[]): Group[] {
  // Union-find over rows: one e-mail or one name key ties joins to the same person.
  const parent = rows.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  const firstBy = new Map<string, number>()
  rows.forEach((row, i) => {
    for (const tie of [row.email ? `e:${row.email}` : null, `n:${nameKey(row.name)}`]) {
      if (!tie || tie === 'n:') continue
      const seen = firstBy.get(tie)
      if (seen === undefined) firstBy.set(tie, i)
      else parent[find(i)] = find(seen)
    }
  })
  const groups = new Map<number, Group>()
  rows.forEach((row, i) => {
    const root = find(i)
    const group = groups.get(root) ?? { rows: [], names: [], keys: [], emails: [] }
    group.rows.push(row)
    if (!group.names.includes(row.name)) group.names.push(row.name)
    const key = nameKey(row.name)
    if (key && !group.keys.includes(key)) group.keys.push(key)
    if (row.email && !group.emails.includes(row.email)) group.emails.push(row.email)
    groups.set(root, group)
  })
  return [...groups.values()]
}

const iso = (d: Date) => d.toISOString()
const firstJoinOf = (rows: JoinRow[]) => new Date(Math.min(...rows.map((r) => r.joinedAt.getTime())))

function attendeeOf(group: Group, session: MatchContext['session']): Attendee {
  return {
    key: group.keys[0] ?? group.emails[0] ?? foldText(group.names[0]),
    names: group.names, nameKeys: group.keys, emails: group.emails, joins: group.rows.length,
    firstJoin: iso(firstJoinOf(group.rows)), minutes: minutesPresent(group.rows, session),
  }
}

/** Participants ranked by how alike their name is to any of the group's names. */
export function rankCandidates(names: string[], participants: EnrolledParticipant[]): Candidate[] {
  const typed = names.map(personNameTokens).filter((t) => t.length)
  return participants
    .map((p) => {
      const registered = personNameTokens(p.name)
      const score = Math.max(0, ...typed.map((t) => nameSimilarity(t, registered)))
      return { enrolmentId: p.enrolmentId, name: p.name, institution: p.institution, score: Math.round(score * 100) / 100 }
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'id'))
}

function isStaff(group: Group, staff: MatchContext['staff']): boolean {
  if (group.emails.some((e) => staff.emails.includes(e))) return true
  const staffTokens = staff.names.map(personNameTokens).filter((t) => t.length)
  return group.names.some((n) => {
    const typed = personNameTokens(n)
    return staffTokens.some((s) => nameSimilarity(typed, s) >= 0.95)
  })
}

export function matchReport(rows: JoinRow[], context: MatchContext): ReportMatch {
  const { participants, links, session, rules } = context
  const byId = new Map(participants.map((p) => [p.enrolmentId, p]))
  const byEmail = new Map(participants.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p.enrolmentId]))
  const byPhone = new Map(participants.filter((p) => p.phone).map((p) => [p.phone!, p.enrolmentId]))
  const ignored: IgnoredAttendee[] = []

  // The same join listed twice (a report exported with a merge of two downloads) counts once.
  const seen = new Set<string>()
  const unique: JoinRow[] = []
  for (const row of rows) {
    const id = `${row.name}|${row.email ?? ''}|${row.joinedAt.getTime()}|${row.leftAt.getTime()}`
    if (seen.has(id)) ignored.push({ names: [row.name], reason: `Baris ganda (baris ${row.line}), dihitung sekali.` })
    else {
      seen.add(id)
      unique.push(row)
    }
  }

  const hits = new Map<string, { groups: Group[]; how: MatchHow }>()
  const unmatched: UnmatchedAttendee[] = []
  const rank: Record<MatchHow, number> = { LINK: 0, EMAIL: 1, PHONE: 2, NAME: 3 }
  const hit = (enrolmentId: string, group: Group, how: MatchHow) => {
    const entry = hits.get(enrolmentId)
    if (!entry) hits.set(enrolmentId, { groups: [group], how })
    else {
      entry.groups.push(group)
      if (rank[how] < rank[entry.how]) entry.how = how
    }
  }

  for (const group of groupJoins(unique)) {
    const linked = group.keys.map((k) => links.get(k)).find((id) => id && byId.has(id))
    if (linked) { hit(linked, group, 'LINK'); continue }
    const byMail = group.emails.map((e) => byEmail.get(e)).find(Boolean)
    if (byMail) { hit(byMail, group, 'EMAIL'); continue }
    const byTel = group.names.flatMap(phonesInName).map((p) => byPhone.get(p)).find(Boolean)
    if (byTel) { hit(byTel, group, 'PHONE'); continue }
    if (isStaff(group, context.staff)) {
      ignored.push({ names: group.names, reason: 'Host atau Pelatih Ahli sesi ini.' })
      continue
    }
    const ranked = rankCandidates(group.names, participants)
    const [best, second] = ranked
    if (best && best.score >= AUTO_MATCH && (!second || best.score - second.score >= MARGIN)) {
      hit(best.enrolmentId, group, 'NAME')
      continue
    }
    unmatched.push({ ...attendeeOf(group, session), candidates: ranked.filter((c) => c.score >= CANDIDATE_FLOOR).slice(0, 3) })
  }

  const matched: MatchedParticipant[] = [...hits.entries()].map(([enrolmentId, { groups, how }]) => {
    const participant = byId.get(enrolmentId)!
    const allRows = groups.flatMap((g) => g.rows)
    const minutes = minutesPresent(allRows, session)
    const firstJoin = firstJoinOf(allRows)
    return {
      enrolmentId, participantName: participant.name, institution: participant.institution,
      attendees: groups.map((g) => attendeeOf(g, session)), how, minutes, firstJoin: iso(firstJoin),
      status: reportStatus(minutes, firstJoin, session, rules),
    }
  }).sort((a, b) => a.participantName.localeCompare(b.participantName, 'id'))

  const absent = participants
    .filter((p) => !hits.has(p.enrolmentId))
    .map((p) => ({ enrolmentId: p.enrolmentId, name: p.name, institution: p.institution }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'))
  const length = (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000
  return {
    matched, unmatched: unmatched.sort((a, b) => a.names[0].localeCompare(b.names[0], 'id')), ignored, absent,
    requiredMinutes: Math.ceil((length * rules.onlinePresentPercent) / 100 - 1e-9),
  }
}
