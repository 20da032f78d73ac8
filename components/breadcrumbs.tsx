import Link from 'next/link'

export type Crumb = { href: string; label: string }

/**
 * Where a nested page sits (issue 12 point 14): its ancestors as links, then the page itself marked
 * `aria-current`. Long names are cut with an ellipsis so the trail wraps on a 360 px phone instead of
 * pushing the page sideways; the full name stays in the link's title.
 */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Jejak halaman" className="mb-2 text-sm">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-0.5 text-slate-600">
        {trail.map((crumb) => (
          <li key={crumb.href} className="flex min-w-0 items-center gap-x-1">
            <Link href={crumb.href} title={crumb.label} className="inline-block max-w-[14rem] truncate py-1 text-brand-700 hover:underline">{crumb.label}</Link>
            <span aria-hidden="true" className="text-slate-400">/</span>
          </li>
        ))}
        <li className="min-w-0">
          <span aria-current="page" title={current} className="inline-block max-w-[14rem] truncate py-1 align-bottom">{current}</span>
        </li>
      </ol>
    </nav>
  )
}
