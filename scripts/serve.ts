// The app's HTTP server: Next's request handler behind a plain Node server that decides the client's
// address (decision 014). `next start` would keep a client-sent X-Forwarded-For as it is and only
// fill it in when absent, so the socket's address is lost to the app whenever a client sends one.
// Started by scripts/start.ts (`npm start`, `npm run dev`), which bundles it to plain JavaScript
// (<distDir>/bimtek-serve.mjs) so that no TypeScript loader slows Next down; after a build,
// `node --import tsx scripts/serve.ts [--dev]` runs it too (a second slower to start).
//   PORT               default 3000
//   HOSTNAME           interface to listen on (default: all)
//   TRUSTED_PROXY_HOPS proxies in front of the app that append to X-Forwarded-For (default 0: none)
import { createServer } from 'node:http'
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_SERVER, clientAddress, parseTrustedHops } from '../lib/client-address'

const dev = process.argv.includes('--dev')
const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOSTNAME || undefined
const trustedHops = parseTrustedHops(process.env.TRUSTED_PROXY_HOPS)
// Next reads NODE_ENV when it loads, as `next start` / `next dev` would set it.
;(process.env as Record<string, string>).NODE_ENV ??= dev ? 'development' : 'production'

async function main() {
  const { default: next } = await import('next')
  // The app trusts CLIENT_ADDRESS_HEADER only in a process where this flag is set (lib/server/client-address.ts).
  ;(globalThis as Record<symbol, unknown>)[CLIENT_ADDRESS_SERVER] = true
  const server = createServer((req, res) => {
    // Whatever the client sent under our header's name is dropped, then the real value set.
    delete req.headers[CLIENT_ADDRESS_HEADER]
    const address = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustedHops)
    if (address) req.headers[CLIENT_ADDRESS_HEADER] = address
    void handle(req, res)
  })
  const app = next({ dev, dir: process.cwd(), hostname: hostname ?? 'localhost', port, httpServer: server })
  await app.prepare()
  const handle = app.getRequestHandler()
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve))
  console.log(`[serve] ${dev ? 'development' : 'production'} server on port ${port}, client address from ${trustedHops ? `X-Forwarded-For behind ${trustedHops} trusted prox${trustedHops === 1 ? 'y' : 'ies'}` : 'the socket'}`)
  const stop = () => {
    server.close()
    void app.close().finally(() => process.exit(0))
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
