import { expect, type Page } from '@playwright/test'
import { DEMO_ACCOUNTS } from './accounts'

export async function signInAsStaff(page: Page, email: string, password: string) {
  await page.goto('/masuk')
  await page.getByLabel('Alamat e-mail').fill(email)
  await page.getByLabel('Kata sandi').fill(password)
  await page.getByRole('button', { name: 'Masuk', exact: true }).click()
}

export async function signInAsParticipant(page: Page, phone: string, accessCode: string) {
  await page.goto('/masuk')
  await page.getByRole('tab', { name: 'Peserta' }).click()
  await page.getByLabel('Nomor HP / WhatsApp').fill(phone)
  await page.getByLabel('Kode akses').fill(accessCode)
  await page.getByRole('button', { name: 'Masuk', exact: true }).click()
}

export async function signInAs(page: Page, who: 'adminPusat' | 'operatorJabar' | 'operatorKaltim' | 'pelatih' | 'peserta') {
  if (who === 'peserta') await signInAsParticipant(page, '0812 3456 7890', DEMO_ACCOUNTS.peserta.accessCode)
  else await signInAsStaff(page, DEMO_ACCOUNTS[who].email, DEMO_ACCOUNTS[who].password)
  await expect(page).not.toHaveURL(/\/masuk/)
}
