import { expect, test } from '@playwright/test';
import { expectAccessible, PASSWORD, signUp, uniqueEmail } from './helpers.js';

test('register → sign out → sign in → create an organisation → find it in the directory', async ({
  page,
}) => {
  const email = uniqueEmail('journey');
  const name = 'Rosa Journey';
  await signUp(page, name, email);

  // Sign out, then back in through the sign-in form.
  await page.getByRole('button', { name: /Account menu for Rosa Journey/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('wrong-password-123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText(/wrong/i);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /Account menu for Rosa Journey/ })).toBeVisible();

  // Create an organisation; a bad website is refused next to its field, nothing typed is lost.
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'profile');
  await page.goto('/organisations/new');
  await expectAccessible(page, 'new organisation form');
  const orgName = `Agencia de Prueba ${Date.now()}`;
  await page.getByLabel('Name', { exact: true }).first().fill(orgName);
  await page.getByLabel('Acronym').fill('APRU');
  await page.getByLabel('Type of organisation').selectOption('10');
  await page.getByLabel('Country').selectOption('GT');
  await page.getByLabel('Website').fill('not a url');
  await page.getByRole('button', { name: 'Save organisation' }).click();
  await expect(page.getByText(/web address/i).first()).toBeVisible();
  await expect(page.getByLabel('Acronym')).toHaveValue('APRU');
  await page.getByLabel('Website').fill('https://example.org');
  // It is part of a ministry: found by searching the directory.
  await page.getByLabel('Find the organisation it is part of').fill('Foreign Affairs');
  await page.getByRole('button', { name: /Ministry of Foreign Affairs of Mexico/ }).click();
  await expect(page.getByText('Ministry of Foreign Affairs of Mexico', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Save organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: orgName })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ministry of Foreign Affairs of Mexico' })).toBeVisible();
  await expectAccessible(page, 'organisation page');

  // It is in the directory, found by its acronym.
  await page.goto('/organisations');
  // Type only once the directory has loaded: a form still being set up from the URL would drop
  // the words (seen once on a busy machine, the search then ran without them).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Search', { exact: true }).fill('APRU');
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue('APRU');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('link', { name: orgName })).toBeVisible();
  await expect(page).toHaveURL(/q=APRU/);
  await expectAccessible(page, 'directory');
});

test('the directory shows the demo agencies to visitors', async ({ page }) => {
  await page.goto('/organisations');
  await expect(page.getByRole('link', { name: /Singapore Cooperation Enterprise/ })).toBeVisible();
  await expectAccessible(page, 'directory (visitor)');
});
