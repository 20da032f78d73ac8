// Images of a certificate design (logo, full-page background, signature): PNG or JPEG, recognised by
// their first bytes (never by the name or the browser's type), each at most MAX_DESIGN_IMAGE_BYTES.
// The limit: the design form posts to a server action, and server action bodies are capped at 512 KB
// for the whole app (lib/form-post-limit.ts, decision 016); three images and the text must fit in
// one post, so each image may take 150 KB (decision 029). Pure: the form checks sizes before posting.

export const DESIGN_IMAGES = ['logo', 'background', 'signature'] as const
export type DesignImageField = (typeof DESIGN_IMAGES)[number]
export const DESIGN_IMAGE_LABELS: Record<DesignImageField, string> = { logo: 'Logo', background: 'Latar belakang', signature: 'Gambar tanda tangan' }

export const MAX_DESIGN_IMAGE_BYTES = 150 * 1024
export const MAX_DESIGN_IMAGE_LABEL = '150 KB'

export type DesignImageType = 'image/png' | 'image/jpeg'

/** 'image/png' or 'image/jpeg' from the file's signature, else null. */
export function detectDesignImageType(bytes: Uint8Array): DesignImageType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length > png.length && png.every((b, i) => bytes[i] === b)) return 'image/png'
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  return null
}

/** Why a file cannot be used as a design image, in Indonesian, or null. */
export function designImageProblem(field: DesignImageField, bytes: Uint8Array): string | null {
  if (bytes.length > MAX_DESIGN_IMAGE_BYTES) return `${DESIGN_IMAGE_LABELS[field]} terlalu besar (maksimal ${MAX_DESIGN_IMAGE_LABEL}).`
  if (!detectDesignImageType(bytes)) return `${DESIGN_IMAGE_LABELS[field]} harus berupa gambar PNG atau JPEG.`
  return null
}

export const ACCENT_COLOR = /^#[0-9a-fA-F]{6}$/
