import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers.js';

test('a visitor switches the interface to Spanish, and it stays Spanish', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: /Change language/ }).click();
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('link', { name: 'Organizaciones' }).first()).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.goto('/organisations');
  // Data follows the interface language: country names come back in Spanish.
  await expect(page.locator('main ul').getByText('México').first()).toBeVisible();
  await expectAccessible(page, 'directory in Spanish');
});

test('Arabic renders right to left', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Change language/ }).click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('main pages have no serious accessibility violations', async ({ page }) => {
  for (const path of ['/', '/signup', '/login', '/forgot-password', '/needs', '/offers?locale=fr']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await expectAccessible(page, path);
  }
});
