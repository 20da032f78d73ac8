import 'server-only'

/** The preview page to go back to after confirming or cancelling an import: only ever a path of this site. */
export function importReturnPath(formData: FormData): string {
  const returnTo = String(formData.get('returnTo') ?? '')
  return /^\/(provinsi|admin)\/peserta\/impor\/[0-9a-f-]{36}$/.test(returnTo) ? returnTo : '/beranda'
}
