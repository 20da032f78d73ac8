'use client'
type Province = { code: string; name: string; timeZoneLabel: string }

const ZONES = ['WIB', 'WITA', 'WIT'] as const

/** The provinces grouped by time zone, with "pilih semua" per zone and for the whole country. */
export function ProvinceChecklist({ provinces, selected, onChange }: { provinces: Province[]; selected: Set<string>; onChange: (codes: Set<string>) => void }) {
  const toggle = (codes: string[], on: boolean) => {
    const next = new Set(selected)
    for (const code of codes) if (on) next.add(code); else next.delete(code)
    onChange(next)
  }
  const allCodes = provinces.map((p) => p.code)
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-700">Provinsi penyelenggara</legend>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600" data-testid="selected-count">{selected.size} dari {provinces.length} provinsi dipilih</span>
        <button type="button" onClick={() => toggle(allCodes, true)} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-50">Pilih semua</button>
        <button type="button" onClick={() => toggle(allCodes, false)} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-50">Kosongkan</button>
      </div>
      {ZONES.map((zone) => {
        const group = provinces.filter((p) => p.timeZoneLabel === zone)
        if (!group.length) return null
        const codes = group.map((p) => p.code)
        const allOn = codes.every((c) => selected.has(c))
        return (
          <div key={zone} className="rounded-md border border-slate-200 bg-white p-3">
            <div className="mb-2 flex items-center justify-between gap-2">
              <p className="text-sm font-semibold text-slate-800">{zone} <span className="font-normal text-slate-500">({group.length} provinsi)</span></p>
              <label className="flex items-center gap-1.5 text-xs font-medium text-slate-700">
                <input type="checkbox" checked={allOn} onChange={(e) => toggle(codes, e.target.checked)} className="size-4" />
                Pilih semua {zone}
              </label>
            </div>
            <ul className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
              {group.map((p) => (
                <li key={p.code}>
                  <label className="flex items-center gap-2 py-0.5 text-sm text-slate-800">
                    <input type="checkbox" checked={selected.has(p.code)} onChange={(e) => toggle([p.code], e.target.checked)} className="size-4" />
                    {p.name}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </fieldset>
  )
}
