// Preloaded by benches that import lib/server modules into their own process (`tsx --import
// ./bench/support/server-runtime.mjs …`), so that they run as in the production server:
// - NODE_ENV=production, read by React and @react-pdf's reconciler when they load (their development
//   builds are slower and keep more per render);
// - `import 'server-only'` lets them through. The react-server condition would too, but under it React
//   is its server build, in which @react-pdf's reconciler finds no client internals and cannot render.
import { register } from 'node:module'

process.env.NODE_ENV ??= 'production'
const hook = `export async function resolve(specifier, context, next) {
  return specifier === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(hook)}`)
