// The two JP totals a cohort has (issue 12 point 16): its agenda's (the JP of its sessions) and its
// program's curriculum (the JP of the modules). They differ on purpose, as the generated agenda adds
// the pre-test and the post-test outside the modules, or because a session was edited. The
// certificate rule counts the agenda (eligibility.ts: attended JP against the cohort's sessions), so
// every page that shows a total says which one and why it is not the curriculum's. Pure.

export type CurriculumModule = { id: string; title: string; jp: number }
export type AgendaSessionJp = { moduleId: string | null; title: string; jp: number }

export type AgendaJp = {
  agendaJp: number
  curriculumJp: number
  /** agendaJp − curriculumJp */
  difference: number
  /** Agenda JP outside the curriculum's modules (pre-test, post-test, added sessions), by title. */
  outsideModules: { title: string; jp: number }[]
  /** Curriculum modules whose agenda JP differs from the curriculum's. */
  changedModules: { title: string; curriculumJp: number; agendaJp: number }[]
  /** The fewest JP attended that meet the program's minimum share (same whole-number rule as eligibility.ts). */
  minimumAttendedJp: number
}

export function compareAgendaWithCurriculum(modules: CurriculumModule[], sessions: AgendaSessionJp[], minAttendancePercent: number): AgendaJp {
  const agendaJp = sessions.reduce((sum, s) => sum + s.jp, 0)
  const curriculumJp = modules.reduce((sum, m) => sum + m.jp, 0)
  const byModule = new Map<string, number>()
  const outside = new Map<string, number>()
  const moduleIds = new Set(modules.map((m) => m.id))
  for (const s of sessions) {
    if (s.moduleId && moduleIds.has(s.moduleId)) byModule.set(s.moduleId, (byModule.get(s.moduleId) ?? 0) + s.jp)
    else if (s.jp > 0) outside.set(s.title, (outside.get(s.title) ?? 0) + s.jp)
  }
  return {
    agendaJp, curriculumJp, difference: agendaJp - curriculumJp,
    outsideModules: [...outside].map(([title, jp]) => ({ title, jp })),
    changedModules: modules
      .map((m) => ({ title: m.title, curriculumJp: m.jp, agendaJp: byModule.get(m.id) ?? 0 }))
      .filter((m) => m.agendaJp !== m.curriculumJp),
    // attended × 100 ≥ minimum × total, in whole numbers.
    minimumAttendedJp: Math.ceil((minAttendancePercent * agendaJp) / 100),
  }
}

const jp = (n: number) => `${n} JP`
const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`)

/** "Agenda kelas 26 JP, kurikulum program 24 JP (+2 JP): Pre-test 1 JP dan Post-test 1 JP di luar modul kurikulum." */
export function describeAgendaJp(c: AgendaJp): string {
  if (c.difference === 0 && !c.outsideModules.length && !c.changedModules.length) {
    return `Agenda kelas ${jp(c.agendaJp)}, sama dengan kurikulum program.`
  }
  const sign = c.difference > 0 ? '+' : c.difference < 0 ? '−' : '±'
  const parts = [
    c.outsideModules.length ? `${list(c.outsideModules.map((o) => `${o.title} ${jp(o.jp)}`))} di luar modul kurikulum` : null,
    ...c.changedModules.map((m) => `modul "${m.title}" ${jp(m.agendaJp)} di agenda, ${jp(m.curriculumJp)} di kurikulum`),
  ].filter(Boolean)
  return `Agenda kelas ${jp(c.agendaJp)}, kurikulum program ${jp(c.curriculumJp)} (${sign}${jp(Math.abs(c.difference))}): ${parts.join('; ')}.`
}

/** "Syarat sertifikat dihitung dari total agenda kelas (26 JP): hadir minimal 80 % = 21 JP." */
export function describeCertificateJpRule(c: AgendaJp, minAttendancePercent: number): string {
  if (c.agendaJp === 0) return 'Syarat sertifikat dihitung dari total JP agenda kelas, yang belum memiliki sesi ber-JP.'
  return `Syarat sertifikat dihitung dari total agenda kelas (${jp(c.agendaJp)}), bukan dari kurikulum: hadir minimal ${minAttendancePercent} % = ${jp(c.minimumAttendedJp)}.`
}
