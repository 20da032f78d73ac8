// What a bulk action of the participant list says when it is done (issue 12 point 12).
const number = new Intl.NumberFormat('id-ID')

export function bulkResultMessage(done: string, { changed, skipped }: { changed: number; skipped: number }): string {
  const skippedNote = skipped ? ` ${number.format(skipped)} peserta lainnya dilewati (tidak berstatus Terdaftar atau sudah di kelas itu).` : ''
  return `${number.format(changed)} peserta ${done}.${skippedNote}`
}
