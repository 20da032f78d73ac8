import type { Browser, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { DEMO_ACCOUNTS } from './support/accounts'
import { signInAs } from './support/sign-in'

// Ending sessions (decision 015). Signing out or a new access code ends EVERY session of the user,
// so these tests use a participant of their own (the Jawa Barat operator gives them a code) rather
// than a demo account other specs are signed in with at the same time.

/** A Jawa Barat participant's detail page, opened by the operator: not the demo participant, not one another spec registers. */
async function openSomeParticipant(operator: Page) {
  await operator.goto('/provinsi/peserta')
  const links = operator.getByRole('table', { name: 'Daftar peserta' }).getByRole('link')
  const names = await links.allTextContents()
  const name = names.find((n) => n.trim() && n !== DEMO_ACCOUNTS.peserta.name && !n.startsWith('Uji E2E'))
  expect(name, 'a seeded Jawa Barat participant').toBeTruthy()
  await links.filter({ hasText: name! }).first().click()
  await expect(operator.getByRole('heading', { name: name! })).toBeVisible()
}

/** Gives the open participant a new code and returns their sign-in link. */
async function issueCode(operator: Page): Promise<string> {
  const link = operator.getByTestId('sign-in-link')
  const before = (await link.count()) ? await link.inputValue() : null
  await operator.getByRole('button', { name: /^Buat kode akses( baru)?$/ }).click()
  // Replacing a code asks first (issue 12 point 11).
  const confirm = operator.getByRole('alertdialog', { name: 'Ganti kode akses peserta ini?' })
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Ya, buat kode baru' }).click()
  await expect(link).toBeVisible()
  await expect(link).not.toHaveValue(before ?? '')
  return link.inputValue()
}

async function participantSignedIn(browser: Browser, baseURL: string, link: string) {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await page.goto(link)
  await expect(page).toHaveURL(/\/peserta$/, { timeout: 30_000 })
  return { context, page }
}

test('after sign-out, the session cookie saved before no longer opens the dashboard', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000)
  await signInAs(page, 'operatorJabar')
  await openSomeParticipant(page)
  const participant = await participantSignedIn(browser, baseURL!, await issueCode(page))
  const saved = await participant.context.cookies()
  expect(saved.some((c) => c.name.endsWith('next-auth.session-token'))).toBe(true)

  await participant.page.getByRole('button', { name: 'Keluar' }).click()
  await expect(participant.page).toHaveURL(/\/masuk/)

  // Someone who copied the cookie before sign-out (a shared computer, a stolen token) gets nothing.
  const copy = await browser.newContext({ baseURL })
  await copy.addCookies(saved)
  const replay = await copy.newPage()
  await replay.goto('/peserta')
  await expect(replay).toHaveURL(/\/masuk/)
  const session = await (await replay.request.get('/api/auth/session')).json()
  expect(session?.user ?? null).toBeNull()
  await Promise.all([copy.close(), participant.context.close()])
})

test("an operator's new access code ends the participant's open session", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000)
  await signInAs(page, 'operatorJabar')
  await openSomeParticipant(page)
  const participant = await participantSignedIn(browser, baseURL!, await issueCode(page))

  await issueCode(page)
  await participant.page.goto('/peserta')
  await expect(participant.page).toHaveURL(/\/masuk/)
  await participant.context.close()
})
