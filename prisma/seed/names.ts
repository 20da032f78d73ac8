// Indonesian personal names for demo data: common given names and second names from several
// regions (Javanese, Sundanese, Malay, Batak, Minang, Bugis, Balinese, eastern Indonesia).
// Our own lists, so that the seed needs no dev-only package at `npm start` and never changes
// when a dependency does.
import type { Random } from './random'
import type { Sex } from '../../generated/prisma/enums'

const MALE = [
  'Agus', 'Ahmad', 'Andi', 'Arief', 'Asep', 'Bambang', 'Budi', 'Dedi', 'Dimas', 'Eko', 'Fajar', 'Ferry',
  'Gede', 'Hadi', 'Hendra', 'Heru', 'Ikhsan', 'Imam', 'Irfan', 'Joko', 'Komang', 'Kurniawan', 'Lukman',
  'Made', 'Muhammad', 'Nanang', 'Nyoman', 'Pandu', 'Rahmat', 'Rizky', 'Rudi', 'Samuel', 'Slamet',
  'Sutrisno', 'Taufik', 'Teguh', 'Usman', 'Wahyu', 'Yohanes', 'Yusuf', 'Zainal', 'Daeng', 'Ridwan',
  'Syahrul', 'Yosef', 'Markus', 'Firman', 'Hasan', 'Ilham', 'Jefri',
]
const FEMALE = [
  'Ani', 'Ayu', 'Dewi', 'Dian', 'Eka', 'Endang', 'Fitri', 'Ika', 'Indah', 'Intan', 'Kartini', 'Lestari',
  'Lina', 'Maria', 'Mega', 'Nur', 'Nurul', 'Putri', 'Ratna', 'Rina', 'Rini', 'Sari', 'Siti', 'Sri',
  'Tuti', 'Wati', 'Wulan', 'Yanti', 'Yuli', 'Yohana', 'Fransiska', 'Ketut', 'Desak', 'Nining', 'Neneng',
  'Euis', 'Rahmawati', 'Hartini', 'Novita', 'Safitri', 'Anisa', 'Kurnia', 'Mariani', 'Paulina', 'Salmah',
  'Hasna', 'Andriani', 'Irma', 'Yulia', 'Rosmawati',
]
const SECOND = [
  'Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Setiawan', 'Kusuma', 'Pratama', 'Nugroho', 'Siregar',
  'Nasution', 'Harahap', 'Lubis', 'Simanjuntak', 'Sitompul', 'Hutapea', 'Tanjung', 'Chaniago', 'Piliang',
  'Saragih', 'Ginting', 'Rahman', 'Hakim', 'Syahputra', 'Permana', 'Gunawan', 'Firmansyah', 'Hermawan',
  'Rachmawati', 'Suryani', 'Handayani', 'Susanti', 'Purnamasari', 'Wulandari', 'Anggraini', 'Maharani',
  'Pattimura', 'Latuconsina', 'Tuasikal', 'Manuputty', 'Wenda', 'Kogoya', 'Rumbiak', 'Mandagi',
  'Tumbelaka', 'Lamba', 'Mappanyukki', 'Pasaribu', 'Sembiring', 'Halim', 'Utomo',
]

export function personName(random: Random, sex: Sex): string {
  const given = random.pick(sex === 'P' ? FEMALE : MALE)
  // Many Indonesians use one name only; most use two.
  return random.chance(0.12) ? given : `${given} ${random.pick(SECOND)}`
}

/** "Siti Rahmawati" → "siti.rahmawati", for demo e-mail addresses. */
export const emailLocalPart = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')

const MOBILE_PREFIXES = ['811', '812', '813', '821', '822', '823', '852', '853', '857', '858', '877', '878', '881', '895', '896']

/** A +62 mobile number not yet in `taken` (which it joins). */
export function uniquePhone(random: Random, taken: Set<string>): string {
  for (;;) {
    const phone = `+62${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`
    if (!taken.has(phone)) {
      taken.add(phone)
      return phone
    }
  }
}
