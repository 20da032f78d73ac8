// Calls a server action over HTTP as the app's own forms do: the action id from the build's
// manifest in the `Next-Action` header, the arguments encoded by React's own `encodeReply`.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node') as {
  encodeReply(value: unknown): Promise<string | FormData>
}

type ManifestEntry = { exportedName?: string; workers: Record<string, unknown> }

/** Action name → id, read from the build in `distDir` (the same build every instance serves). */
export function readActionIds(distDir = process.env.NEXT_DIST_DIR || '.next'): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, ManifestEntry> }
  return new Map(Object.entries(manifest.node).flatMap(([id, entry]) => (entry.exportedName ? [[entry.exportedName, id] as [string, string]] : [])))
}

export type ActionResult = {
  status: number
  /** Where the action redirected to (`redirect()` in the action), if it did. */
  redirect: string | null
  /** The action's return value, when it returned one. */
  value: Record<string, unknown> | null
}

/** A `useActionState` action: called with (previous state, form data), as the form would. */
export async function callFormAction(
  baseUrl: string,
  page: string,
  actionId: string,
  cookie: string,
  fields: Record<string, string>,
  signal?: AbortSignal,
): Promise<ActionResult> {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  const body = await encodeReply([{ status: 'idle' }, form])
  const response = await fetch(baseUrl + page, {
    method: 'POST',
    redirect: 'manual',
    signal,
    headers: { accept: 'text/x-component', 'next-action': actionId, cookie, origin: baseUrl },
    body,
  })
  const text = await response.text()
  const redirect = response.headers.get('x-action-redirect')?.split(';')[0] ?? null
  return { status: response.status, redirect, value: redirect ? null : returnValue(text) }
}

// The flight response holds the return value as one JSON row (`1:{"status":…}`).
function returnValue(text: string): Record<string, unknown> | null {
  for (const line of text.split('\n')) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line)
    if (!match) continue
    try {
      const value = JSON.parse(match[1]) as Record<string, unknown>
      if (typeof value.status === 'string') return value
    } catch {
      // not a plain JSON row
    }
  }
  return null
}
