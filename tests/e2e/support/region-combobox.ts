import { expect, type Page } from '@playwright/test'

/** Chooses the participant form's regency in its combobox: types the name, clicks the exact option. */
export async function chooseRegency(page: Page, name: string) {
  const regency = page.getByRole('combobox', { name: 'Kabupaten/kota' })
  await regency.fill(name)
  await page.getByRole('listbox').getByRole('option', { name, exact: true }).click()
  await expect(regency).toHaveValue(name)
}
