import 'server-only'
import { z } from 'zod'
import { isoDateField, optionalTextField } from '@/lib/server/validation'

const MAX_DAYS = 366

export const unavailabilityRange = z
  .object({
    startDate: isoDateField('Tanggal mulai'),
    endDate: isoDateField('Tanggal selesai'),
    reason: optionalTextField('Alasan', { max: 300, multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' })
    else if ((Date.parse(v.endDate) - Date.parse(v.startDate)) / 86_400_000 >= MAX_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Rentang paling lama satu tahun.' })
    }
  })

/** A calendar date column (@db.Date) from 'YYYY-MM-DD', and back. */
export const toDbDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)
export const fromDbDate = (date: Date) => date.toISOString().slice(0, 10)
