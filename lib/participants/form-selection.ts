/** The selection fields of a bulk request's form (peserta many times, the list's filter once each). */
export function formSelection(form: FormData): Record<string, unknown> {
  const one = (name: string) => form.get(name) ?? undefined
  return {
    peserta: form.getAll('peserta'), semua: one('semua'),
    q: one('q'), kelas: one('kelas'), kabupaten: one('kabupaten'), lembaga: one('lembaga'), status: one('status'),
  }
}
