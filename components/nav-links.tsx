'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { NavItem } from './app-shell'

/**
 * The role's menu. Items wrap onto a second line on a phone rather than scroll sideways, where the
 * last ones were hidden with no hint (issue 12 point 14). The current page's item is marked for
 * screen readers (`aria-current`) and by sight: the item whose address is the longest prefix of the
 * page's (its own or one of the prefixes `within` it), so a class page marks Program and the
 * dashboard only marks itself.
 */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname()
  const current = currentItem(items, pathname)
  return (
    <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item === current ? 'page' : undefined}
            className="block border-b-2 border-transparent px-3 py-2 text-sm whitespace-nowrap text-brand-100 hover:text-white aria-[current=page]:border-white aria-[current=page]:font-semibold aria-[current=page]:text-white"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}

export function currentItem(items: NavItem[], pathname: string): NavItem | undefined {
  const under = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`)
  return items
    .flatMap((item) => [item.href, ...(item.within ?? [])].filter(under).map((prefix) => ({ item, length: prefix.length })))
    .sort((a, b) => b.length - a.length)[0]?.item
}
