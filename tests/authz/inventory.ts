// What the app exposes, read from its source: every export of every 'use server' file, every HTTP
// method of every route handler, every page. The matrix (tests/authz/matrix.ts) must list exactly these.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SOURCE_DIRS = ['app', 'lib', 'components']
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir)
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

// Comments out of the way, so an example in a comment is not taken for code.
const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

const hasFileDirective = (source: string) => /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*['"]use server['"]/.test(source)

/** Names of the values a module exports (types left out: they are not callable). */
export function exportedValues(source: string): string[] {
  const code = stripComments(source)
  const names = new Set<string>()
  for (const m of code.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1])
  // `export const { GET, … } = makeRoute()`: a route handler built by a library is an endpoint too.
  for (const m of code.matchAll(/^export\s+(?:const|let|var)\s+\{([^}]*)\}\s*=/gm)) {
    for (const part of m[1].split(',')) if (part.trim()) names.add(part.split(':').pop()!.trim())
  }
  for (const m of code.matchAll(/^export\s+(?!type\b)\{([^}]*)\}/gm)) {
    for (const part of m[1].split(',')) {
      const spec = part.trim()
      if (!spec || spec.startsWith('type ')) continue
      names.add(spec.split(/\s+as\s+/).pop()!.trim())
    }
  }
  if (/^export\s+default\b/m.test(code)) names.add('default')
  return [...names].sort()
}

export type ActionEntry = { name: string; file: string }
export type InlineServerAction = { file: string }

/** Every export of every file that starts with 'use server': each one is a public endpoint. */
export function listServerActions(): { actions: ActionEntry[]; inline: InlineServerAction[] } {
  const actions: ActionEntry[] = []
  const inline: InlineServerAction[] = []
  for (const file of SOURCE_DIRS.flatMap(filesUnder)) {
    const source = readFileSync(path.join(ROOT, file), 'utf8')
    if (hasFileDirective(source)) for (const name of exportedValues(source)) actions.push({ name, file })
    // A 'use server' inside a function body is an endpoint too, but one no inventory can name.
    else if (/['"]use server['"]/.test(stripComments(source))) inline.push({ file })
  }
  return { actions: actions.sort((a, b) => a.name.localeCompare(b.name)), inline }
}

/** app/admin/kelas/[id]/page.tsx → /admin/kelas/[id]; route groups `(x)` and `@slots` leave no segment. */
function urlOf(file: string): string {
  const segments = file.split('/').slice(1, -1).filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'))
  return `/${segments.join('/')}`
}

export type RouteEntry = { name: string; file: string; method: string; path: string }

/** Every exported HTTP method of every route handler, as `METHOD /path`. */
export function listRouteHandlers(): RouteEntry[] {
  return filesUnder('app')
    .filter((f) => /\/route\.(ts|tsx)$/.test(f))
    .flatMap((file) => {
      const exported = exportedValues(readFileSync(path.join(ROOT, file), 'utf8'))
      return HTTP_METHODS.filter((m) => exported.includes(m)).map((method) => ({ name: `${method} ${urlOf(file)}`, file, method, path: urlOf(file) }))
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

export type PageEntry = { name: string; file: string; dynamic: boolean }

/** Every page, by its URL pattern. */
export function listPages(): PageEntry[] {
  return filesUnder('app')
    .filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f))
    .map((file) => ({ name: urlOf(file), file, dynamic: /\[/.test(urlOf(file)) }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
