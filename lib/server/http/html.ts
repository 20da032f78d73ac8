import 'server-only'
import escapeHtml from 'escape-html'

// A few route handlers answer with a small HTML document of their own (the public verification page,
// decision 031): React's HTML renderer is not available to route handlers (they run in the server
// components' layer), so these documents are template literals. `html` escapes every interpolated
// value unless it is itself `html` output, so a name or a number can never become markup.

export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[]

const render = (part: Part): string =>
  part instanceof Html ? part.value
    : Array.isArray(part) ? part.map(render).join('')
      : part === null || part === undefined || part === false ? ''
        : escapeHtml(String(part))

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  return new Html(strings.reduce((out, text, i) => out + text + (i < parts.length ? render(parts[i]) : ''), ''))
}

/** A whole document as a response: never cached (every request is its own answer). */
export function htmlResponse(document: Html, status: number, headers: Record<string, string> = {}): Response {
  return new Response(`<!DOCTYPE html>${document.value}`, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
  })
}
