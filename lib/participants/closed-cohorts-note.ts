// Why a cohort picker offers fewer cohorts than the officer knows of (issue 12 point 9). Pure: the
// registration, enrolment and move forms show it under their picker.

export type ClosedCohortCounts = { completed: number; cancelled: number }

/**
 * "Kelas yang sudah selesai (34) dan dibatalkan (1) tidak ditampilkan: …". `canReopen` is whoever may
 * change a cohort's status (Admin Pusat); others are told whom to ask. Null when nothing is hidden.
 */
export function closedCohortsNote(counts: ClosedCohortCounts, canReopen: boolean): string | null {
  const parts = [
    counts.completed ? `sudah selesai (${counts.completed})` : null,
    counts.cancelled ? `dibatalkan (${counts.cancelled})` : null,
  ].filter(Boolean)
  if (!parts.length) return null
  const how = canReopen
    ? 'Untuk mendaftarkan peserta ke kelas yang sudah selesai, ubah dulu status kelas itu di halaman kelasnya.'
    : 'Perlu mendaftarkan peserta ke kelas yang sudah selesai? Hubungi Admin Pusat.'
  return `Kelas yang ${parts.join(' dan ')} tidak ditampilkan karena tidak menerima pendaftaran. ${how}`
}
