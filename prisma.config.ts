import { defineConfig } from 'prisma/config'

// The CLI is used only for generate/validate/format: migrations run through scripts/migrate.ts
// (schema engine in WebAssembly), because the native engine cannot be downloaded here.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgresql://localhost:5432/unused' },
})
