// The WhatsApp message a participant sends to share their certificate: its number and the public
// verification address, nothing else personal. wa.me without a number lets them pick the chat. Pure.

export const verificationUrl = (origin: string, code: string) => `${origin}/v/${code}`

export function certificateShareMessage(number: string, url: string): string {
  return `Sertifikat Bimtek TPBIS Perpustakaan Nasional RI saya, nomor ${number}, dapat diperiksa keasliannya di:\n${url}`
}

export const certificateShareLink = (number: string, url: string) => `https://wa.me/?text=${encodeURIComponent(certificateShareMessage(number, url))}`
