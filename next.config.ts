import type { NextConfig } from 'next'
import { withSerwist } from '@serwist/turbopack'
import { contentSecurityPolicy, isHttpsSite, securityHeaders } from './lib/security-headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Separate build folders let end-to-end runs on different ports build side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm run check` type-checks the whole project; skipping it here halves the first `npm start`.
  // NEXT_TSCONFIG_PATH: Next adds its build folder's type globs to the tsconfig it builds with;
  // side-by-side e2e builds use a generated one so the committed tsconfig.json never churns.
  typescript: { ignoreBuildErrors: true, tsconfigPath: process.env.NEXT_TSCONFIG_PATH || 'tsconfig.json' },
  experimental: {
    // forbidden() and app/forbidden.tsx for the 403 page.
    authInterrupts: true,
    // Server action bodies, and the copy of a body Next keeps while proxy.ts runs: the largest
    // form needs ~150 KB. proxy.ts refuses larger ones first (lib/form-post-limit.ts, decision 016).
    serverActions: { bodySizeLimit: '512kb' },
    proxyClientMaxBodySize: '512kb',
  },
  // Native and WebAssembly packages stay plain Node modules: faster builds, no bundling surprises.
  serverExternalPackages: ['@react-pdf/renderer', '@electric-sql/pglite', 'pglite-prisma-adapter', '@node-rs/argon2', '@prisma/schema-engine-wasm', 'pg'],
  // Security headers on every response (decision 018). Evaluated at build time: static files, route
  // handlers and 404s of files get them from here; pages get them again, with the CSP nonce and from
  // the running environment, from proxy.ts (its headers win).
  async headers() {
    const https = isHttpsSite()
    const csp = contentSecurityPolicy({ dev: process.env.NODE_ENV === 'development', https })
    return [{ source: '/:path*', headers: [{ key: 'Content-Security-Policy', value: csp }, ...securityHeaders({ https })] }]
  },
}

// withSerwist keeps esbuild, which bundles the service worker at build time, a plain Node module (decision 023).
export default withSerwist(nextConfig)
