import { expect, test } from './support/fixtures'

test('the health check reports the database as reachable', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/json')
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', latencyMs: expect.any(Number) })
})
