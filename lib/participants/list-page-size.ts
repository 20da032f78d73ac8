// The participant list's page sizes (issue 12 point 12), kept in the address as `?tampil=50`. Shared
// by the server (which pages) and the form (which offers them); anything else is the default.

export const PAGE_SIZES = [25, 50, 100, 200] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const DEFAULT_PAGE_SIZE: PageSize = 25

/** The page size an address asks for, or the default when it names none of PAGE_SIZES. */
export function parsePageSize(value: unknown): PageSize {
  const size = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : NaN
  return (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_PAGE_SIZE
}
