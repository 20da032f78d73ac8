import 'server-only'
import { format } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import type { Actor } from '@/lib/auth/actor'
import { statusLetter } from '@/lib/attendance/recap'
import { attendanceStatusLabel } from '@/lib/i18n/id'
import { formatSessionTime } from '@/lib/format/date-time'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { forbiddenError } from '@/lib/server/errors'
import { fileSlug } from '@/lib/server/http/file-response'
import { addSheet, newWorkbook, workbookBuffer, type ExportColumn } from '@/lib/server/participant-export/build-participant-workbook'
import { requireAccess } from '@/lib/server/scope/access'
import { getCohortAttendanceRecapOrThrow, type RecapRow } from './get-cohort-attendance-recap'
import { getWaveAttendanceRatesOrThrow } from './list-attendance-rates'

export type ExportedFile = { fileName: string; body: Buffer; rowCount: number }

function requireExport(actor: Actor) {
  if (requireAccess(actor, 'export', 'attendance') === 'own') throw forbiddenError()
}

/**
 * A cohort's recap as Excel: a sheet "Rekap" (a row per participant, a column per session with its
 * status letter, JP attended, share, whether the minimum is met) and a sheet "Sesi" (what S1, S2, …
 * are). Within the actor's scope (export:attendance), formula-neutral, audited.
 */
export async function exportCohortAttendanceRecap(actor: Actor, cohortId: string): Promise<ExportedFile> {
  requireExport(actor)
  const recap = await getCohortAttendanceRecapOrThrow(actor, cohortId)
  const { cohort, sessions, totalJp, minPercent } = recap
  const { timeZone, timeZoneLabel } = cohort.province
  type Row = RecapRow & { no: number }
  const columns: ExportColumn<Row>[] = [
    { header: 'No', width: 5, value: (r) => r.no },
    { header: 'Nama', width: 28, value: (r) => r.name, freeText: true },
    { header: 'Lembaga', width: 30, value: (r) => r.institutionName, freeText: true },
    ...sessions.map((s, i): ExportColumn<Row> => ({
      header: `S${i + 1} ${format(new TZDate(s.startsAt, timeZone), 'd/M')}`, width: 8,
      value: (r) => { const status = r.statuses[i]; return status ? statusLetter[status] : null },
    })),
    { header: 'JP hadir', width: 9, value: (r) => r.attendedJp },
    { header: 'Total JP', width: 9, value: () => totalJp },
    { header: 'Persentase', width: 11, value: (r) => r.share, numFmt: '0.0%' },
    { header: `Memenuhi minimum ${minPercent}%`, width: 18, value: (r) => (totalJp === 0 ? null : r.below ? 'Tidak' : 'Ya') },
  ]
  const workbook = newWorkbook()
  addSheet(workbook, 'Rekap', columns, recap.rows.map((r, i) => ({ ...r, no: i + 1 })))
  type SessionRow = (typeof sessions)[number] & { no: number; counts: (typeof recap.perSession)[number] }
  addSheet<SessionRow>(workbook, 'Sesi', [
    { header: 'Sesi', width: 6, value: (s) => `S${s.no}` },
    { header: 'Judul', width: 40, value: (s) => s.title, freeText: true },
    { header: `Waktu (${timeZoneLabel})`, width: 44, value: (s) => formatSessionTime(s.startsAt, s.endsAt, timeZone, timeZoneLabel) },
    { header: 'JP', width: 5, value: (s) => s.jp },
    ...(['HADIR', 'TERLAMBAT', 'IZIN', 'SAKIT', 'ALPA'] as const).map((st): ExportColumn<SessionRow> => ({ header: attendanceStatusLabel[st], width: 10, value: (s) => s.counts[st] })),
  ], sessions.map((s, i) => ({ ...s, no: i + 1, counts: recap.perSession[i] })))
  addSheet<{ key: string; value: string }>(workbook, 'Keterangan', [
    { header: 'Keterangan', width: 28, value: (r) => r.key },
    { header: 'Isi', width: 60, value: (r) => r.value, freeText: true },
  ], [
    { key: 'Program', value: cohort.wave.program.name },
    { key: 'Gelombang', value: String(cohort.wave.number) },
    { key: 'Kelas', value: cohort.name },
    { key: 'Provinsi', value: cohort.province.name },
    { key: 'Tempat', value: `${cohort.venue}, ${cohort.city}` },
    { key: 'Status', value: 'H = Hadir, T = Terlambat, I = Izin, S = Sakit, A = Alpa, kosong = belum dicatat' },
    { key: 'JP hadir', value: 'Jumlah JP sesi berstatus Hadir atau Terlambat' },
    { key: 'Minimum kehadiran', value: `${minPercent}% dari ${totalJp} JP` },
    { key: 'Diekspor', value: `${format(new TZDate(new Date(), timeZone), 'd/M/yyyy HH.mm')} ${timeZoneLabel} oleh ${actor.name}` },
  ])
  const body = await workbookBuffer(workbook)
  await db.$transaction((tx) => writeAuditLog(tx, actor, {
    action: 'export', entity: 'AttendanceMark', after: { kind: 'cohort-recap', filter: { cohortId: cohort.id }, rowCount: recap.rows.length, sessionCount: sessions.length },
  }))
  return { fileName: `rekap-presensi-${fileSlug(cohort.name) || 'kelas'}-${new Date().toISOString().slice(0, 10)}.xlsx`, body, rowCount: recap.rows.length }
}

/** A wave's attendance rates as Excel: a row per cohort (province), and the wave's total. Officers, in scope; audited. */
export async function exportWaveAttendanceRates(actor: Actor, waveId: string): Promise<ExportedFile> {
  requireExport(actor)
  const rates = await getWaveAttendanceRatesOrThrow(actor, waveId)
  type Row = { province: string; cohort: string; participants: number; expected: number; counts: Record<'HADIR' | 'TERLAMBAT' | 'IZIN' | 'SAKIT' | 'ALPA', number>; unmarked: number; rate: number | null }
  const rows: Row[] = rates.provinces.flatMap((p) => p.cohorts.map((c) => ({ province: p.provinceName, cohort: c.cohortName, ...c })))
  rows.push({ province: 'Seluruh gelombang', cohort: '', ...rates.total })
  const columns: ExportColumn<Row>[] = [
    { header: 'Provinsi', width: 24, value: (r) => r.province },
    { header: 'Kelas', width: 28, value: (r) => r.cohort, freeText: true },
    { header: 'Peserta', width: 9, value: (r) => r.participants },
    { header: 'Seharusnya (peserta × sesi dimulai)', width: 18, value: (r) => r.expected },
    ...(['HADIR', 'TERLAMBAT', 'IZIN', 'SAKIT', 'ALPA'] as const).map((st): ExportColumn<Row> => ({ header: attendanceStatusLabel[st], width: 10, value: (r) => r.counts[st] })),
    { header: 'Belum dicatat', width: 12, value: (r) => r.unmarked },
    { header: 'Tingkat kehadiran', width: 14, value: (r) => r.rate, numFmt: '0.0%' },
  ]
  const workbook = newWorkbook()
  addSheet(workbook, `Gelombang ${rates.wave.number}`, columns, rows)
  const body = await workbookBuffer(workbook)
  await db.$transaction((tx) => writeAuditLog(tx, actor, {
    action: 'export', entity: 'AttendanceMark', after: { kind: 'wave-rates', filter: { waveId: rates.wave.id }, rowCount: rows.length - 1 },
  }))
  return { fileName: `rekap-presensi-${fileSlug(rates.wave.program.name)}-gelombang-${rates.wave.number}.xlsx`, body, rowCount: rows.length - 1 }
}
