type ProgramOption = { id: string; name: string; year: number }

/**
 * Links to one program's view each, newest year first. Plain links, no client JavaScript: a Next
 * Link would prefetch every program's timeline on each visit.
 */
export function ProgramPicker({ programs, currentId, hrefFor }: { programs: ProgramOption[]; currentId?: string; hrefFor: (id: string) => string }) {
  return (
    <nav aria-label="Pilih program" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {programs.map((p) => {
          const current = p.id === currentId
          return (
            <li key={p.id}>
              <a
                href={hrefFor(p.id)}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-full border px-3 py-1 text-sm ${current ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-700 hover:border-brand-600'}`}
              >
                <span className="font-semibold tabular-nums">{p.year}</span> · {p.name}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
