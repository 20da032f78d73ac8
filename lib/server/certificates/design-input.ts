import 'server-only'
import { z } from 'zod'
import { DESIGN_IMAGES, designImageProblem, detectDesignImageType, ACCENT_COLOR, type DesignImageField } from '@/lib/certificates/design-image'
import { numberPatternProblem } from '@/lib/certificates/numbering'
import { checkboxField, optionalTextField, parseOrThrow, plainStringField, textField, validationError } from '@/lib/server/validation'

// The certificate design form, as the save action and the live preview read it: the wording and
// colour, and for each image either "keep the saved one", "remove it" or a new PNG/JPEG.

export const designFields = {
  numberPattern: plainStringField('Pola nomor', 500).superRefine((v, ctx) => {
    const problem = numberPatternProblem(v)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }),
  heading: textField('Judul', { max: 60 }),
  bodyText: textField('Kalimat pengantar', { max: 200 }),
  accentColor: z.string({ error: 'Warna aksen wajib diisi.' }).trim().regex(ACCENT_COLOR, 'Warna aksen harus berbentuk #rrggbb, misalnya #1e3a8a.').transform((v) => v.toLowerCase()),
  issuePlace: textField('Tempat terbit', { max: 80 }),
  issuingOffice: textField('Instansi penerbit', { max: 160 }),
  signatoryName: optionalTextField('Nama penanda tangan', { max: 120 }).transform((v) => v ?? ''),
  signatoryTitle: textField('Jabatan penanda tangan', { max: 160 }),
}

const designInput = z.object({ programId: z.guid('Program tidak valid.'), ...designFields, ...Object.fromEntries(DESIGN_IMAGES.map((f) => [`${f}Remove`, checkboxField])) as Record<`${DesignImageField}Remove`, typeof checkboxField> })

export type DesignText = { [K in keyof typeof designFields]: z.output<(typeof designFields)[K]> }
export type ImageChange = { kind: 'keep' } | { kind: 'remove' } | { kind: 'replace'; data: Buffer; type: string }
export type DesignInput = { programId: string; text: DesignText; images: Record<DesignImageField, ImageChange> }

const isFile = (v: FormDataEntryValue | null): v is File => typeof v === 'object' && v !== null && typeof (v as File).arrayBuffer === 'function'

/** The form, checked: every problem at once as field errors (VALIDATION), nothing read past the limits. */
export async function parseDesignForm(formData: FormData): Promise<DesignInput> {
  const raw: Record<string, unknown> = {}
  for (const [key, value] of formData) if (typeof value === 'string') raw[key] = value
  const fieldErrors: Record<string, string[]> = {}
  const images = {} as Record<DesignImageField, ImageChange>
  for (const field of DESIGN_IMAGES) {
    const value = formData.get(field)
    if (!isFile(value) || value.size === 0) { images[field] = { kind: 'keep' }; continue }
    const bytes = Buffer.from(await value.arrayBuffer())
    const problem = designImageProblem(field, bytes)
    if (problem) fieldErrors[field] = [problem]
    else images[field] = { kind: 'replace', data: bytes, type: detectDesignImageType(bytes)! }
  }
  let parsed: z.output<typeof designInput> | undefined
  try {
    parsed = parseOrThrow(designInput, raw)
  } catch (e) {
    const errors = (e as { fieldErrors?: Record<string, string[]> }).fieldErrors
    if (!errors) throw e
    Object.assign(fieldErrors, errors)
  }
  if (!parsed || Object.keys(fieldErrors).length) throw validationError(fieldErrors)
  for (const field of DESIGN_IMAGES) if (images[field].kind === 'keep' && parsed[`${field}Remove`]) images[field] = { kind: 'remove' }
  const { programId, numberPattern, heading, bodyText, accentColor, issuePlace, issuingOffice, signatoryName, signatoryTitle } = parsed
  return { programId, text: { numberPattern, heading, bodyText, accentColor, issuePlace, issuingOffice, signatoryName, signatoryTitle }, images }
}
