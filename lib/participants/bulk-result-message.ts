// What a bulk action of the participant list says when it is done (issue 12 point 12).
const number = new Intl.NumberFormat('id-ID')

/** "3 peserta diundurkan. 1 peserta lainnya dilewati (…)." */
export function bulkResultMessage(done: string, { changed, skipped }: { changed: number; skipped: number }, whySkipped: string): string {
  const skippedNote = skipped ? ` ${number.format(skipped)} peserta lainnya dilewati (${whySkipped}).` : ''
  return `${number.format(changed)} peserta ${done}.${skippedNote}`
}
