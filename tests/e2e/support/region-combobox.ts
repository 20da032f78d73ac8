import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Types into a combobox the way an officer does: the field in view first. A page scrolled while its
 * list is open closes the list and puts back the chosen value (React Aria), which `fill` on a field
 * at the window's edge would otherwise trigger. Typed before the page is hydrated (Playwright is that
 * fast; the field is enabled in the server's HTML when the only open class is preselected), the text
 * is reset by React: type again until the list opens.
 */
export async function typeInCombobox(box: Locator, text: string) {
  await box.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await expect(async () => {
    await box.fill(text)
    await expect(box).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 })
  }).toPass({ timeout: 10_000 })
}

/** Chooses the participant form's regency in its combobox: types the name, clicks the exact option. */
export async function chooseRegency(page: Page, name: string) {
  const regency = page.getByRole('combobox', { name: 'Kabupaten/kota' })
  await typeInCombobox(regency, name)
  await page.getByRole('listbox').getByRole('option', { name, exact: true }).click()
  await expect(regency).toHaveValue(name)
}
