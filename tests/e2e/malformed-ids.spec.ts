import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// Every dynamic route of the app — found in the app/ tree, so a new one is covered without an
// edit here — answers 404 to a malformed id, asked by a role that may open that area. A malformed
// id reaching PostgreSQL as a uuid used to be a 500 (/provinsi/kelas/not-a-uuid).

type Who = 'adminPusat' | 'operatorJabar' | 'pelatih' | 'peserta' | null

const APP = path.join(process.cwd(), 'app')
// next-auth's own catch-all: its segments are next-auth's actions, not ids of ours.
const NOT_ID_ROUTES = new Set(['/api/auth/[...nextauth]'])
const AREA_ROLE: [prefix: string, who: Who][] = [
  ['/admin', 'adminPusat'], ['/provinsi', 'operatorJabar'], ['/pelatih', 'pelatih'], ['/peserta', 'peserta'],
  // Attendance sheets and recap exports answer 401 before they look at an id: asked as an officer.
  ['/api/presensi', 'adminPusat'],
  // The check-in code route likewise: asked as a trainer.
  ['/api/pelatih', 'pelatih'],
  // The certificate design preview (POST only): asked as Admin Pusat.
  ['/api/admin', 'adminPusat'],
  // Certificate downloads answer 401 before they look at an id: asked as Admin Pusat.
  ['/api/sertifikat', 'adminPusat'],
]
const MALFORMED = ['not-a-uuid', '123e4567-e89b-12d3-a456-42661417400Z', `${'9'.repeat(300)}`]

function dynamicRoutes(dir = APP, prefix = ''): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      // Route groups "(name)" and parallel slots "@name" are not part of the address.
      const segment = /^\(.*\)$/.test(entry.name) || entry.name.startsWith('@') ? '' : `/${entry.name}`
      found.push(...dynamicRoutes(path.join(dir, entry.name), prefix + segment))
    } else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name) && prefix.includes('[')) found.push(prefix)
  }
  return found
}

const routes = dynamicRoutes().filter((r) => !NOT_ID_ROUTES.has(r)).sort()
const whoFor = (route: string): Who => AREA_ROLE.find(([prefix]) => route === prefix || route.startsWith(`${prefix}/`))?.[1] ?? null

test('the app has dynamic routes to check (the enumeration works)', () => {
  expect(routes).toContain('/provinsi/kelas/[id]')
  expect(routes).toContain('/api/kalender/pelatih/[token]')
})

/** A route handler without GET (a GET would be 405 before any id is read): asked with a small POST. */
function postOnly(route: string): boolean {
  const file = path.join(APP, route, 'route.ts')
  return existsSync(file) && !/^export\b.*\bGET\b/m.test(readFileSync(file, 'utf8'))
}

const byRole = new Map<Who, string[]>()
for (const route of routes) byRole.set(whoFor(route), [...(byRole.get(whoFor(route)) ?? []), route])

for (const [who, group] of byRole) {
  test(`a malformed id is not found: ${who ?? 'signed out'} on ${group.join(', ')}`, async ({ page }) => {
    if (who) await signInAs(page, who)
    for (const route of group) {
      for (const bad of MALFORMED) {
        const url = route.replace(/\[\[?(?:\.\.\.)?[^\]]+\]\]?/g, encodeURIComponent(bad))
        const response = postOnly(route) ? await page.request.post(url, { maxRedirects: 0, multipart: { heading: 'x' } }) : await page.request.get(url, { maxRedirects: 0 })
        expect(response.status(), url).toBe(404)
      }
    }
  })
}
