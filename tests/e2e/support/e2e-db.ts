import pg from 'pg'

/**
 * A query on the e2e server's own database, when the run uses PostgreSQL (TEST_DATABASE_URL);
 * null on the embedded default, which only the server may open.
 */
export async function queryE2eDb<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[] | null> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim()
  if (!serverUrl) return null
  const url = new URL(serverUrl)
  url.pathname = `/bimtek_e2e_${process.env.E2E_PORT ?? '3100'}`
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return (await client.query<T>(sql, values)).rows
  } finally {
    await client.end()
  }
}
