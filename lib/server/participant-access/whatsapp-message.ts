// The wa.me link an officer opens to send a participant their sign-in details over WhatsApp: no
// SMS or e-mail gateway needed, the officer's own WhatsApp sends it. Pure.

export type WhatsAppInvite = { name: string; phone: string; cohortName?: string | null; signInUrl: string; accessCode?: string | null }

export function whatsAppMessage({ name, cohortName, signInUrl, accessCode }: WhatsAppInvite): string {
  return [
    `Yth. Bapak/Ibu ${name},`,
    '',
    `Anda terdaftar sebagai peserta Bimtek TPBIS Perpustakaan Nasional RI${cohortName ? ` (${cohortName})` : ''}.`,
    'Buka tautan berikut untuk melihat jadwal, kehadiran, dan sertifikat Anda:',
    signInUrl,
    '',
    accessCode
      ? `Atau masuk dengan nomor HP ini dan kode akses: ${accessCode}`
      : 'Atau masuk dengan nomor HP ini dan kode akses di kartu peserta Anda.',
    'Jangan bagikan tautan dan kode ini kepada orang lain.',
  ].join('\n')
}

/** https://wa.me/62812…?text=… — wa.me wants the number in international form without "+". */
export function whatsAppLink(invite: WhatsAppInvite): string {
  return `https://wa.me/${invite.phone.replace(/^\+/, '')}?text=${encodeURIComponent(whatsAppMessage(invite))}`
}
