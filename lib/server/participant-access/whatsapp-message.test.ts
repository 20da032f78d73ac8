import { describe, expect, it } from 'vitest'
import { whatsAppLink, whatsAppMessage } from './whatsapp-message'

const invite = { name: 'Siti Aminah', phone: '+6281234567890', cohortName: 'Kelas Jawa Barat', signInUrl: 'https://bimtek.example/masuk/tautan/abc', accessCode: 'K7QM-4RTX' }

describe('WhatsApp invitation', () => {
  it('greets the participant in Indonesian with the link and the code', () => {
    const text = whatsAppMessage(invite)
    expect(text).toContain('Yth. Bapak/Ibu Siti Aminah,')
    expect(text).toContain('(Kelas Jawa Barat)')
    expect(text).toContain('https://bimtek.example/masuk/tautan/abc')
    expect(text).toContain('kode akses: K7QM-4RTX')
    expect(whatsAppMessage({ ...invite, accessCode: null })).toContain('kode akses di kartu peserta Anda')
  })

  it('opens wa.me on the international number with the message encoded', () => {
    const link = new URL(whatsAppLink(invite))
    expect(link.origin + link.pathname).toBe('https://wa.me/6281234567890')
    expect(link.searchParams.get('text')).toBe(whatsAppMessage(invite))
  })
})
