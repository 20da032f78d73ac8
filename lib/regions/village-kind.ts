// Kemendagri's village codes tell a kelurahan from a desa by the first digit of the last segment
// ("32.73.01.1001" kelurahan, "32.04.05.2004" desa; idn-area-data also has 3xxx, the desa adat of
// Papua). Pure.

export type VillageKind = 'KELURAHAN' | 'DESA'

/** The kind of a village by its official code, or null for a code that is not a village's. */
export function villageKind(code: string): VillageKind | null {
  const m = /^\d{2}\.\d{2}\.\d{2}\.(\d)\d{3}$/.exec(code)
  if (!m) return null
  return m[1] === '1' ? 'KELURAHAN' : m[1] === '2' || m[1] === '3' ? 'DESA' : null
}
