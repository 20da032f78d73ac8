import { describe, expect, it } from 'vitest'
import { attendancePercent, evaluateEligibility } from './eligibility'
import { compareAgendaWithCurriculum, describeAgendaJp, describeCertificateJpRule } from './agenda-jp'

// The demo's case: a curriculum of 24 JP, an agenda with a 1-JP pre-test and post-test around it.
const modules = [
  { id: 'm1', title: 'Konsep TPBIS', jp: 2 },
  { id: 'm2', title: 'Layanan Informasi', jp: 5 },
  { id: 'm3', title: 'Pelibatan Masyarakat', jp: 17 },
]
const generated = [
  { moduleId: null, title: 'Pre-test', jp: 1 },
  { moduleId: null, title: 'Pembukaan dan Kontrak Belajar', jp: 0 },
  { moduleId: 'm1', title: 'Konsep TPBIS', jp: 2 },
  { moduleId: 'm2', title: 'Layanan Informasi', jp: 3 },
  { moduleId: 'm2', title: 'Layanan Informasi (lanjutan)', jp: 2 },
  { moduleId: 'm3', title: 'Pelibatan Masyarakat', jp: 17 },
  { moduleId: null, title: 'Post-test', jp: 1 },
  { moduleId: null, title: 'Penutupan', jp: 0 },
]

describe('compareAgendaWithCurriculum', () => {
  it('explains 26 against 24 JP by the tests outside the modules, and says the rule counts the agenda', () => {
    const c = compareAgendaWithCurriculum(modules, generated, 80)
    expect(c).toMatchObject({ agendaJp: 26, curriculumJp: 24, difference: 2, changedModules: [], minimumAttendedJp: 21 })
    expect(c.outsideModules).toEqual([{ title: 'Pre-test', jp: 1 }, { title: 'Post-test', jp: 1 }])
    expect(describeAgendaJp(c)).toBe('Agenda kelas 26 JP, kurikulum program 24 JP (+2 JP): Pre-test 1 JP dan Post-test 1 JP di luar modul kurikulum.')
    expect(describeCertificateJpRule(c, 80)).toBe('Syarat sertifikat dihitung dari total agenda kelas (26 JP), bukan dari kurikulum: hadir minimal 80 % = 21 JP.')
  })

  it('the minimum it states is the least the eligibility rule accepts', () => {
    for (const [percent, total] of [[80, 26], [90, 32], [75, 24], [100, 7], [1, 3]]) {
      const { minimumAttendedJp } = compareAgendaWithCurriculum([], [{ moduleId: null, title: 'Sesi', jp: total }], percent)
      const rule = { minAttendancePercent: percent, postTestRequired: false, postTestPassMark: 0 }
      expect(evaluateEligibility(rule, { attendedJp: minimumAttendedJp, totalJp: total, postTestScore: null }).eligible).toBe(true)
      expect(evaluateEligibility(rule, { attendedJp: minimumAttendedJp - 1, totalJp: total, postTestScore: null }).eligible).toBe(false)
      expect(attendancePercent(minimumAttendedJp, total)).toBeGreaterThanOrEqual(percent)
    }
  })

  it('names a module whose sessions were shortened or removed', () => {
    const edited = generated.filter((s) => s.title !== 'Layanan Informasi (lanjutan)' && s.moduleId !== 'm1')
    const c = compareAgendaWithCurriculum(modules, edited, 80)
    expect(c).toMatchObject({ agendaJp: 22, difference: -2 })
    expect(describeAgendaJp(c)).toBe('Agenda kelas 22 JP, kurikulum program 24 JP (−2 JP): Pre-test 1 JP dan Post-test 1 JP di luar modul kurikulum; modul "Konsep TPBIS" 0 JP di agenda, 2 JP di kurikulum; modul "Layanan Informasi" 3 JP di agenda, 5 JP di kurikulum.')
  })

  it('says so when agenda and curriculum agree', () => {
    const c = compareAgendaWithCurriculum(modules, generated.filter((s) => s.moduleId), 80)
    expect(describeAgendaJp(c)).toBe('Agenda kelas 24 JP, sama dengan kurikulum program.')
  })
})
