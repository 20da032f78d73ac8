// Indonesian mobile numbers (participants sign in and are reached on WhatsApp by them), normalised
// to E.164: "+62" followed by the national number without its leading 0. Pure.

export type NormalizedPhone = { ok: true; phone: string } | { ok: false; message: string }

// A mobile national number starts with 8 and has 9–12 digits (0812-345-678 … 0812-3456-78901).
const MOBILE_NATIONAL = /^8\d{8,11}$/

/** The national number (without 0 or +62), or null when the input names another country. */
function toNationalNumber(digitsWithPlus: string): string | null {
  if (digitsWithPlus.startsWith('+')) return digitsWithPlus.startsWith('+62') ? digitsWithPlus.slice(3) : null
  if (digitsWithPlus.startsWith('62')) return digitsWithPlus.slice(2)
  if (digitsWithPlus.startsWith('0')) return digitsWithPlus.slice(1)
  return digitsWithPlus
}

export function normalizePhone(raw: string | null | undefined): NormalizedPhone {
  const compact = (raw ?? '').trim().replace(/^'/, '').replace(/[\s.\-()]/g, '')
  if (!compact) return { ok: false, message: 'Nomor HP wajib diisi.' }
  if (!/^\+?\d+$/.test(compact)) return { ok: false, message: 'Nomor HP hanya boleh berisi angka, mis. 0812-3456-7890.' }
  let national = toNationalNumber(compact)
  if (national === null) return { ok: false, message: 'Nomor HP harus nomor Indonesia (+62).' }
  if (national.startsWith('0')) national = national.slice(1) // "+62 0812…", a common slip
  if (!MOBILE_NATIONAL.test(national)) {
    return { ok: false, message: 'Nomor HP harus nomor seluler Indonesia yang valid, mis. 0812-3456-7890.' }
  }
  return { ok: true, phone: `+62${national}` }
}
