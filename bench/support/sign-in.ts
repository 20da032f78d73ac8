// Signs in through next-auth's own endpoints (CSRF token, credentials callback) and returns the cookie header.

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0])
}

export async function signInCookie(baseUrl: string, provider: 'staf' | 'peserta', credentials: Record<string, string>): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`)
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string }
  const jar = cookiesOf(csrfResponse)
  const response = await fetch(`${baseUrl}/api/auth/callback/${provider}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ ...credentials, csrfToken, json: 'true' }),
  })
  const session = cookiesOf(response).find((c) => c.includes('session-token='))
  if (!session) throw new Error(`sign-in as ${provider} ${JSON.stringify(Object.values(credentials)[0])} failed (${response.status})`)
  return session
}
