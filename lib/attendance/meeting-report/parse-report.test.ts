import { describe, expect, it } from 'vitest'
import { bytesOf, excelIdStamp, meetClassicReport, meetNewReport, windows1252Bytes, zoomNewReport, zoomReport } from '@/tests/fixtures/meeting-reports'
import { parseMeetingReport } from './parse-report'
import { parseDurationMinutes, parseLocalStamp, slashOrderOf } from './parse-time'

// A session on Thursday 20 June 2024, 09:00–11:15 WIB (02:00–04:15 UTC).
const context = { timeZone: 'Asia/Jakarta', startsAt: new Date('2024-06-20T02:00:00Z'), endsAt: new Date('2024-06-20T04:15:00Z') }
const zoom = { date: '2024-06-20', start: '08:55', end: '11:20' }

const parsed = (text: string | Uint8Array) => {
  const result = parseMeetingReport(typeof text === 'string' ? bytesOf(text) : text, context)
  if (!result.ok) throw new Error(result.message)
  return result
}

describe('parseMeetingReport: Zoom', () => {
  it('reads the summary block and every join of the classic export, in the venue zone', () => {
    const report = parsed(zoomReport([
      { name: 'Dewi L - Perpusdes Sukamaju', email: 'dewi@example.id', join: '09:02', leave: '10:01' },
      { name: 'Dewi L - Perpusdes Sukamaju', email: 'dewi@example.id', join: '10:03', leave: '11:15' },
      { name: 'Budi Santoso (TBM Cahaya)', join: '08:58', leave: '11:16' },
    ], { ...zoom, bom: true }))
    expect(report.source).toBe('ZOOM')
    expect(report.meeting).toMatchObject({ hostEmail: 'host.bimtek@perpusnas.go.id', startsAt: new Date('2024-06-20T01:55:00Z') })
    expect(report.rows).toHaveLength(3)
    expect(report.rows[0]).toMatchObject({ name: 'Dewi L - Perpusdes Sukamaju', email: 'dewi@example.id', joinedAt: new Date('2024-06-20T02:02:00Z'), leftAt: new Date('2024-06-20T03:01:00Z') })
    expect(report.rows[2].email).toBeNull()
  })

  it('reads PM times and the zone of a WITA venue', () => {
    const wita = { timeZone: 'Asia/Makassar', startsAt: new Date('2024-06-20T05:00:00Z'), endsAt: new Date('2024-06-20T07:00:00Z') }
    const result = parseMeetingReport(bytesOf(zoomReport([{ name: 'Rina', join: '13:05', leave: '15:00' }], { date: '2024-06-20', start: '13:00', end: '15:00' })), wita)
    expect(result.ok && result.rows[0].joinedAt).toEqual(new Date('2024-06-20T05:05:00Z'))
  })

  it('reads the newer export (lower-case headers, YYYY-MM-DD HH:mm:ss, extra columns)', () => {
    const report = parsed(zoomNewReport([{ name: 'Siti Aminah', email: 'SITI@Example.id', join: '09:01', leave: '11:10' }], zoom))
    expect(report.source).toBe('ZOOM')
    expect(report.rows[0]).toMatchObject({ email: 'siti@example.id', joinedAt: new Date('2024-06-20T02:01:00Z'), leftAt: new Date('2024-06-20T04:10:00Z') })
  })

  it('reads the file after an Indonesian Excel saved it again: ";" and day-first dates', () => {
    const text = zoomReport([{ name: 'Ahmad Fauzi; Perpusdes Mekar', join: '09:00', leave: '11:00' }], { ...zoom, stamp: excelIdStamp, delimiter: ';' })
    const report = parsed(text)
    expect(report.rows[0]).toMatchObject({ name: 'Ahmad Fauzi; Perpusdes Mekar', joinedAt: new Date('2024-06-20T02:00:00Z') })
  })

  it('reads day-first dates even when no day is above 12, by the session date', () => {
    const early = { timeZone: 'Asia/Jakarta', startsAt: new Date('2024-06-05T02:00:00Z'), endsAt: new Date('2024-06-05T04:00:00Z') }
    const text = zoomReport([{ name: 'Rina', join: '09:00', leave: '11:00' }], { date: '2024-06-05', start: '09:00', end: '11:00', stamp: excelIdStamp, delimiter: ';' })
    const result = parseMeetingReport(bytesOf(text), early)
    expect(result.ok && result.rows[0].joinedAt).toEqual(new Date('2024-06-05T02:00:00Z'))
  })

  it('keeps quoted commas and line breaks inside names; drops hidden characters', () => {
    const text = zoomReport([{ name: 'Sri Wahyuni, S.Pd\u202E - TBM "Pelita"', join: '09:00', leave: '11:00' }], zoom)
    expect(parsed(text).rows[0].name).toBe('Sri Wahyuni, S.Pd - TBM "Pelita"')
  })

  it('reads a Windows-1252 file (accents as single bytes)', () => {
    const text = zoomReport([{ name: 'José Ramírez', join: '09:00', leave: '11:00' }], { ...zoom, topic: 'Bimtek Daring' })
    expect(parsed(windows1252Bytes(text)).rows[0].name).toBe('José Ramírez')
  })

  it('lists lines it cannot read, with the reason, and keeps the rest', () => {
    const text = zoomReport([{ name: 'Rina', join: '09:00', leave: '11:00' }], zoom)
      .replace('\r\n', '\r\n') + 'Tono,,kemarin,06/20/2024 11:00:00 AM,60,Yes\r\nTini,,06/20/2024 11:00:00 AM,06/20/2024 10:00:00 AM,0,Yes\r\n'
    const report = parsed(text)
    expect(report.rows.map((r) => r.name)).toEqual(['Rina'])
    expect(report.skipped).toEqual([
      expect.objectContaining({ name: 'Tono', reason: expect.stringContaining('kemarin') }),
      expect.objectContaining({ name: 'Tini', reason: 'Waktu keluar lebih awal dari waktu bergabung.' }),
    ])
  })
})

describe('parseMeetingReport: the Indonesian Zoom portal', () => {
  it('reads its headers and summary', () => {
    const text = [
      'ID Rapat;Topik;Waktu Mulai;Waktu Selesai;Email Pengguna;Durasi (Menit);Peserta',
      '812 3456 7890;Bimtek Daring;20/06/2024 08.55;20/06/2024 11.20;host@perpusnas.go.id;145;1',
      '',
      'Nama (Nama Asli);Email Pengguna;Waktu Bergabung;Waktu Keluar;Durasi (Menit);Tamu',
      'Rina Marlina (TBM Pelita);;20/06/2024 09.05;20/06/2024 11.00;115;Ya',
    ].join('\n')
    const report = parsed(text)
    expect(report.source).toBe('ZOOM')
    expect(report.meeting.hostEmail).toBe('host@perpusnas.go.id')
    expect(report.rows[0]).toMatchObject({ name: 'Rina Marlina (TBM Pelita)', joinedAt: new Date('2024-06-20T02:05:00Z'), leftAt: new Date('2024-06-20T04:00:00Z') })
  })
})

describe('parseMeetingReport: Google Meet', () => {
  it('reads the classic sheet: first and last name, times of day on the session date', () => {
    const report = parsed(meetClassicReport([{ first: 'Dewi', last: 'Lestari', email: 'dewi@example.id', join: '09:03', leave: '11:14' }]))
    expect(report.source).toBe('MEET')
    expect(report.rows[0]).toMatchObject({ name: 'Dewi Lestari', joinedAt: new Date('2024-06-20T02:03:00Z'), leftAt: new Date('2024-06-20T04:14:00Z') })
  })

  it('reads the newer report: a title block, First seen and Time in call', () => {
    const report = parsed(meetNewReport('2024-06-20', [{ name: 'Budi Santoso', join: '09:20', minutes: 95 }]))
    expect(report.source).toBe('MEET')
    expect(report.rows[0]).toMatchObject({ joinedAt: new Date('2024-06-20T02:20:00Z'), leftAt: new Date('2024-06-20T03:55:00Z') })
  })
})

describe('parseMeetingReport refuses, with a message', () => {
  it.each([
    ['an empty file', ''],
    ['a file without the participants header', 'Nama,Alamat\nDewi,Bandung\n'],
    ['a binary file', '\u0000\u0001PK\u0003\u0004'],
    ['broken quotes', 'Name (Original Name),Join Time,Leave Time\n"Dewi,06/20/2024 09:00:00 AM,06/20/2024 11:00:00 AM\n'],
    ['a header without any readable row', 'Name (Original Name),Join Time,Leave Time\nDewi,besok,lusa\n'],
  ])('%s', (_, text) => {
    const result = parseMeetingReport(bytesOf(text), context)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/\S/)
  })

  it('more joins than one session can have', () => {
    const joins = Array.from({ length: 5001 }, (_, i) => ({ name: `Peserta ${i}`, join: '09:00', leave: '10:00' }))
    const result = parseMeetingReport(bytesOf(zoomReport(joins, zoom)), context)
    expect(!result.ok && result.message).toMatch(/lebih dari 5\.000/)
  })
})

describe('time and duration formats', () => {
  const day = { year: 2024, month: 6, day: 20 }
  it.each([
    ['06/20/2024 09:02:11 AM', 'MDY', { hour: 9, minute: 2, second: 11, month: 6, day: 20 }],
    ['06/20/2024 12:30:00 PM', 'MDY', { hour: 12, minute: 30 }],
    ['06/20/2024 12:05:00 AM', 'MDY', { hour: 0, minute: 5 }],
    ['2024-06-20 14:02:11', 'MDY', { hour: 14, minute: 2, second: 11 }],
    ['20/06/2024 09.02', 'DMY', { hour: 9, minute: 2, month: 6, day: 20 }],
    ['9:02 AM', 'MDY', { hour: 9, minute: 2, day: 20 }],
    ['21:15', 'MDY', { hour: 21, minute: 15 }],
  ] as const)('%s', (text, order, expected) => {
    expect(parseLocalStamp(text, order, day)).toMatchObject(expected)
  })

  it.each(['13/20/2024 09:00', '02/30/2024 09:00:00 AM', '2024-06-20 25:00', '13:00 PM', 'kemarin'])('refuses %s', (text) => {
    expect(parseLocalStamp(text, 'MDY', day)).toBeNull()
  })

  it('keeps an explicit offset', () => {
    expect(parseLocalStamp('2024-06-20T02:02:11Z', 'MDY', day)).toEqual(new Date('2024-06-20T02:02:11Z'))
  })

  it('decides the slash order from the file', () => {
    expect(slashOrderOf(['13/06/2024 09:00'], day)).toBe('DMY')
    expect(slashOrderOf(['06/13/2024 09:00'], day)).toBe('MDY')
    expect(slashOrderOf(['06/05/2024 09:00'], { year: 2024, month: 5, day: 6 })).toBe('DMY')
    expect(slashOrderOf(['06/05/2024 09:00'], { year: 2024, month: 6, day: 5 })).toBe('MDY')
  })

  it.each([['58', 58], ['1 hr 5 min', 65], ['2 hrs', 120], ['1 jam 5 menit', 65], ['01:05:00', 65], ['45 min 30 sec', 45.5], ['< 1 min', 0.5], ['', null], ['lama', null]] as const)(
    'duration %s', (text, minutes) => expect(parseDurationMinutes(text)).toBe(minutes))
})
