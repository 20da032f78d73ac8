// npm run docs:authz — rewrites docs/authorization-matrix.md from tests/authz/matrix.ts.
import { writeFileSync } from 'node:fs'
import { DOC_PATH, renderAuthorizationDoc } from '../tests/authz/render-doc'

writeFileSync(DOC_PATH, renderAuthorizationDoc())
console.log(`${DOC_PATH} written`)
