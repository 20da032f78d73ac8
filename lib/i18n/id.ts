// The one dictionary of UI strings (Bahasa Indonesia). Code and comments stay in English.
import type { AttendanceStatus, CohortStatus, DeliveryMode, EnrolmentStatus, InstitutionType, MarkMethod, ProgramKind, Role, SessionKind } from '@/generated/prisma/enums'
import type { VillageKind } from '@/lib/regions/village-kind'

export const appName = 'Bimtek TPBIS'
export const appTagline = 'Bimbingan Teknis Transformasi Perpustakaan Berbasis Inklusi Sosial — Perpustakaan Nasional RI'

export const roleLabel: Record<Role, string> = {
  ADMIN_PUSAT: 'Admin Pusat',
  OPERATOR_PROVINSI: 'Operator Provinsi',
  PELATIH_AHLI: 'Pelatih Ahli',
  PESERTA: 'Peserta',
}

export const cohortStatusLabel: Record<CohortStatus, string> = {
  DRAFT: 'Draf',
  OPEN: 'Pendaftaran dibuka',
  RUNNING: 'Berlangsung',
  COMPLETED: 'Selesai',
  CANCELLED: 'Dibatalkan',
}

export const enrolmentStatusLabel: Record<EnrolmentStatus, string> = {
  REGISTERED: 'Terdaftar',
  WITHDRAWN: 'Mengundurkan diri',
  PASSED: 'Lulus',
  FAILED: 'Tidak lulus',
}

export const attendanceStatusLabel: Record<AttendanceStatus, string> = {
  HADIR: 'Hadir',
  TERLAMBAT: 'Terlambat',
  IZIN: 'Izin',
  SAKIT: 'Sakit',
  ALPA: 'Alpa',
}

export const markMethodLabel: Record<MarkMethod, string> = {
  TRAINER: 'Pelatih',
  SELF_CHECKIN: 'Presensi mandiri',
  IMPORT: 'Laporan rapat daring',
  OFFLINE_SYNC: 'Pelatih (luring, disinkronkan)',
  CORRECTION: 'Koreksi petugas',
}

export const deliveryModeLabel: Record<DeliveryMode, string> = { LURING: 'Luring', DARING: 'Daring' }

export const assignmentRoleLabel: Record<'LEAD' | 'SUPPORT', string> = { LEAD: 'Pelatih utama', SUPPORT: 'Pendamping' }

export const programKindLabel: Record<ProgramKind, string> = {
  SPP_TIK: 'Bimtek SPP-TIK',
  PENGELOLA_PERPUSTAKAAN_UMUM: 'Bimtek Pengelola Perpustakaan Umum',
}

export const sessionKindLabel: Record<SessionKind, string> = {
  PRE_TEST: 'Pre-test',
  OPENING: 'Pembukaan',
  MODULE: 'Materi',
  POST_TEST: 'Post-test',
  CLOSING: 'Penutupan',
}

export const institutionTypeLabel: Record<InstitutionType, string> = {
  PERPUSTAKAAN_DESA: 'Perpustakaan desa',
  PERPUSTAKAAN_KELURAHAN: 'Perpustakaan kelurahan',
  TBM: 'Taman Baca Masyarakat (TBM)',
  PERPUSTAKAAN_UMUM_KABKOTA: 'Perpustakaan umum kabupaten/kota',
  PERPUSTAKAAN_UMUM_PROVINSI: 'Perpustakaan umum provinsi',
  PERPUSTAKAAN_SEKOLAH: 'Perpustakaan sekolah',
  PERPUSTAKAAN_KHUSUS: 'Perpustakaan khusus',
  LAINNYA: 'Lainnya',
}

/** The warning kept with a participant whose NIK another province issued (decision 033). */
export const villageKindLabel: Record<VillageKind, string> = { DESA: 'Desa', KELURAHAN: 'Kelurahan' }

export const nikIssuedElsewhereText = (issuedIn: string, registeredIn: string) =>
  `NIK diterbitkan di Provinsi ${issuedIn}, bukan di Provinsi ${registeredIn}. Data tetap disimpan (peserta mungkin pindah domisili); pastikan NIK sudah benar.`

export const signInText = {
  title: 'Masuk',
  staffTab: 'Staf & Pelatih',
  participantTab: 'Peserta',
  email: 'Alamat e-mail',
  password: 'Kata sandi',
  phone: 'Nomor HP / WhatsApp',
  phoneHint: 'Contoh: 0812 3456 7890',
  accessCode: 'Kode akses',
  accessCodeHint: 'Kode akses tertera di kartu peserta dari operator provinsi.',
  submit: 'Masuk',
  submitting: 'Memeriksa…',
  linkTitle: 'Masuk dengan tautan peserta',
  linkChecking: 'Memeriksa tautan masuk Anda…',
  linkInvalid: 'Tautan ini tidak berlaku lagi (kedaluwarsa, atau kode akses sudah diganti). Minta tautan baru kepada operator provinsi, atau masuk dengan nomor HP dan kode akses.',
  linkUseCode: 'Masuk dengan nomor HP dan kode akses',
  errors: {
    CredentialsSignin: 'E-mail atau kata sandi salah. Periksa kembali lalu coba lagi.',
    CredentialsSigninPeserta: 'Nomor HP atau kode akses salah. Periksa kembali lalu coba lagi.',
    RateLimited: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi nanti, paling lama 15 menit lagi.',
    default: 'Tidak dapat masuk saat ini. Coba lagi sebentar lagi.',
  } as Record<string, string>,
}

export const nav = {
  dashboard: 'Dasbor',
  signOut: 'Keluar',
  signedInAs: 'Masuk sebagai',
}
