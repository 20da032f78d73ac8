// The shape of the 2024 luring round as the public reports describe it: 2,000 participants in
// 34 provinces, 4 waves between 19 May and 14 June 2024, hotels in the provincial capitals.
import { ProgramKind, SessionKind } from '../../generated/prisma/enums'

export const DEMO_PROGRAM = {
  name: 'Bimtek SPP-TIK 2024',
  kind: ProgramKind.SPP_TIK,
  year: 2024,
  minAttendancePercent: 80,
  postTestRequired: true,
  postTestPassMark: 70,
} as const

export type AgendaItem = {
  kind: SessionKind
  title: string
  /** Jam pelajaran counted toward attendance (0 for ceremonies). */
  jp: number
  /** 45-minute slots the item occupies. */
  slots: number
  /** Index into DEMO_MODULES for MODULE items. */
  moduleIndex?: number
}

/**
 * The curriculum (Modules): 24 JP. With the tests and ceremonies the agenda fills 28 slots of 45
 * minutes: day 1 afternoon, two full days, day 4 morning, and the closing after lunch on day 4.
 */
export const DEMO_MODULES = [
  { title: 'Konsep dan Kebijakan Transformasi Perpustakaan Berbasis Inklusi Sosial', jp: 2 },
  { title: 'Peningkatan Layanan Informasi Perpustakaan', jp: 5 },
  { title: 'Pelibatan Masyarakat', jp: 4 },
  { title: 'Advokasi Perpustakaan kepada Pemangku Kepentingan', jp: 3 },
  { title: 'Literasi TIK dan Literasi Digital', jp: 6 },
  { title: 'Monitoring dan Evaluasi', jp: 2 },
  { title: 'Penyusunan Rencana Tindak Lanjut', jp: 2 },
] as const

export const DEMO_AGENDA: readonly AgendaItem[] = [
  { kind: SessionKind.PRE_TEST, title: 'Pre-test', jp: 1, slots: 1 },
  { kind: SessionKind.OPENING, title: 'Pembukaan dan Kontrak Belajar', jp: 0, slots: 1 },
  ...DEMO_MODULES.map((m, moduleIndex) => ({ kind: SessionKind.MODULE, title: m.title, jp: m.jp, slots: m.jp, moduleIndex })),
  { kind: SessionKind.POST_TEST, title: 'Post-test', jp: 1, slots: 1 },
  { kind: SessionKind.CLOSING, title: 'Penutupan', jp: 0, slots: 1 },
]

/** Waves do not overlap, with travel days between them, so a trainer can serve several. Dates are local calendar days. */
export const DEMO_WAVES = [
  { number: 1, startDate: '2024-05-19', endDate: '2024-05-23' },
  { number: 2, startDate: '2024-05-26', endDate: '2024-05-30' },
  { number: 3, startDate: '2024-06-02', endDate: '2024-06-06' },
  { number: 4, startDate: '2024-06-10', endDate: '2024-06-14' },
] as const

export type CohortPlan = {
  provinceCode: string
  wave: number
  city: string
  venue: string
  /** Host: the provincial library office (names differ by province). */
  host: string
  /** Far-flung provinces get an arrival day before the 4 agenda days. */
  days: 4 | 5
}

const c = (provinceCode: string, wave: number, city: string, venue: string, host: string, days: 4 | 5 = 4): CohortPlan => ({
  provinceCode, wave, city, venue, host, days,
})

// DKI Jakarta (kelurahan only) and three provinces created in 2022 had no luring class in 2024.
// Maluku Utara's classes are held in Ternate, where the hotels are, not in the capital Sofifi.
export const DEMO_COHORTS: readonly CohortPlan[] = [
  c('11', 1, 'Banda Aceh', 'Hotel Hermes Palace Banda Aceh', 'DPK Aceh'),
  c('12', 1, 'Medan', 'Hotel Santika Premiere Dyandra Medan', 'Dinas Perpustakaan dan Arsip Sumatera Utara'),
  c('18', 1, 'Bandar Lampung', 'Hotel Novotel Lampung', 'Dinas Perpustakaan dan Kearsipan Lampung'),
  c('32', 1, 'Bandung', 'Hotel Grand Preanger Bandung', 'DISPUSIPDA Jawa Barat'),
  c('51', 1, 'Denpasar', 'Hotel Inna Bali Heritage Denpasar', 'Dinas Kearsipan dan Perpustakaan Bali'),
  c('61', 1, 'Pontianak', 'Hotel Mercure Pontianak', 'Dinas Perpustakaan dan Kearsipan Kalimantan Barat'),
  c('64', 1, 'Samarinda', 'Hotel Mercure Samarinda', 'DPK Kalimantan Timur'),
  c('71', 1, 'Manado', 'Hotel Aryaduta Manado', 'Dinas Kearsipan dan Perpustakaan Sulawesi Utara'),
  c('81', 1, 'Ambon', 'Hotel Santika Premiere Ambon', 'Dinas Perpustakaan dan Kearsipan Maluku', 5),
  c('13', 2, 'Padang', 'Hotel Truntum Padang', 'Dinas Kearsipan dan Perpustakaan Sumatera Barat'),
  c('16', 2, 'Palembang', 'Hotel Swarna Dwipa Palembang', 'Dinas Perpustakaan Sumatera Selatan'),
  c('19', 2, 'Pangkalpinang', 'Hotel Santika Bangka', 'DKPUS Kepulauan Bangka Belitung'),
  c('33', 2, 'Semarang', 'Hotel Gumaya Tower Semarang', 'Dinas Arsip dan Perpustakaan Jawa Tengah'),
  c('52', 2, 'Mataram', 'Hotel Lombok Raya Mataram', 'Dinas Perpustakaan dan Kearsipan NTB', 5),
  c('63', 2, 'Banjarbaru', 'Hotel Aston Banjarbaru', 'Dinas Perpustakaan dan Kearsipan Kalimantan Selatan'),
  c('73', 2, 'Makassar', 'Hotel Claro Makassar', 'Dinas Perpustakaan Sulawesi Selatan'),
  c('75', 2, 'Gorontalo', 'Hotel Aston Gorontalo', 'Dinas Kearsipan dan Perpustakaan Gorontalo'),
  c('91', 2, 'Jayapura', 'Hotel Horison Kotaraja Jayapura', 'Dinas Perpustakaan dan Arsip Papua', 5),
  c('14', 3, 'Pekanbaru', 'Hotel Pangeran Pekanbaru', 'Dinas Perpustakaan dan Kearsipan Riau'),
  c('17', 3, 'Bengkulu', 'Hotel Mercure Bengkulu', 'Dinas Perpustakaan dan Kearsipan Bengkulu'),
  c('34', 3, 'Yogyakarta', 'Hotel Grand Inna Malioboro Yogyakarta', 'DPAD Daerah Istimewa Yogyakarta'),
  c('35', 3, 'Surabaya', 'Hotel Santika Premiere Gubeng Surabaya', 'Dinas Perpustakaan dan Kearsipan Jawa Timur'),
  c('53', 3, 'Kupang', 'Hotel Aston Kupang', 'Dinas Kearsipan dan Perpustakaan NTT', 5),
  c('62', 3, 'Palangka Raya', 'Hotel Aquarius Palangka Raya', 'Dinas Perpustakaan dan Kearsipan Kalimantan Tengah'),
  c('72', 3, 'Palu', 'Hotel Santika Palu', 'Dinas Perpustakaan dan Arsip Sulawesi Tengah'),
  c('82', 3, 'Ternate', 'Hotel Bela Ternate', 'Dinas Perpustakaan dan Kearsipan Maluku Utara', 5),
  c('15', 4, 'Jambi', 'Hotel Swiss-Belhotel Jambi', 'Dinas Perpustakaan dan Arsip Jambi'),
  c('21', 4, 'Tanjungpinang', 'Hotel CK Tanjungpinang', 'Dinas Perpustakaan dan Kearsipan Kepulauan Riau'),
  c('36', 4, 'Serang', 'Hotel Le Dian Serang', 'Dinas Perpustakaan dan Kearsipan Banten'),
  c('65', 4, 'Tanjung Selor', 'Hotel Crown Tanjung Selor', 'Dinas Perpustakaan dan Kearsipan Kalimantan Utara'),
  c('74', 4, 'Kendari', 'Hotel Claro Kendari', 'Dinas Perpustakaan Sulawesi Tenggara'),
  c('76', 4, 'Mamuju', 'Hotel Maleo Mamuju', 'Dinas Perpustakaan dan Kearsipan Sulawesi Barat'),
  c('92', 4, 'Manokwari', 'Hotel Aston Niu Manokwari', 'Dinas Perpustakaan dan Arsip Papua Barat', 5),
  c('96', 4, 'Sorong', 'Hotel Vega Sorong', 'Dinas Perpustakaan dan Kearsipan Papua Barat Daya', 5),
]

export const DEMO_PARTICIPANT_TOTAL = 2000
export const DEMO_TRAINER_TOTAL = 189
export const DEMO_COHORT_QUOTA = 60
export const DEMO_TRAINERS_PER_COHORT = 5

/** The plan's calendar days of a cohort: 5-day cohorts start on the wave's first day, 4-day ones a day later. */
export function cohortDates(plan: CohortPlan): { startDate: string; endDate: string } {
  const wave = DEMO_WAVES.find((w) => w.number === plan.wave)
  if (!wave) throw new Error(`No wave ${plan.wave}`)
  return { startDate: plan.days === 5 ? wave.startDate : addDays(wave.startDate, 1), endDate: wave.endDate }
}

/** "2024-05-19" + n days, on calendar dates (no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
