import { expect, test } from '@playwright/test';
import { expectAccessible, signInAs } from './helpers.js';

test('a coordinator fills in a self-assessment, is told what is missing, and submits it', async ({
  page,
}) => {
  await signInAs(page, 'in.coordinator@demo.kxhub.org');
  await page.goto('/countries/IN');
  await expect(page.getByRole('heading', { level: 1, name: 'India' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Capacity self-assessment' })).toBeVisible();
  await expectAccessible(page, 'country page');
  await page.getByRole('button', { name: 'Start a new self-assessment' }).click();
  await expect(page).toHaveURL(/\/countries\/IN\/assessments\/[0-9a-f-]{36}\/edit/);

  // The rubric is the form: each dimension is a group of five levels.
  const groups = page.getByRole('group', { name: /^Rating of/ });
  await expect(groups).toHaveCount(12);
  for (let i = 0; i < 11; i++)
    await groups
      .nth(i)
      .getByRole('radio')
      .nth(i % 5)
      .check();
  await expect(page.getByText('11 of 12 dimensions rated').first()).toBeVisible();
  await expectAccessible(page, 'self-assessment form');

  // Submitting with one dimension unrated names it; nothing already chosen is lost.
  await page.getByRole('button', { name: 'Submit the self-assessment' }).click();
  await expect(page.getByText(/Rate every dimension before submitting/)).toBeVisible();
  await expect(groups.nth(0).getByRole('radio').nth(0)).toBeChecked();

  // A reload keeps the draft (saved to the server as the coordinator goes).
  await expect(page.getByText(/Draft saved at/)).toBeVisible();
  await page.reload();
  await expect(groups.nth(10).getByRole('radio').nth(0)).toBeChecked();

  await groups.nth(11).getByRole('radio').nth(3).check();
  await page.getByRole('button', { name: 'Submit the self-assessment' }).click();
  await expect(page.getByText('Submitted. Thank you.')).toBeVisible();

  // The round is now part of India's public history.
  await page.goto('/countries/IN/assessments');
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectAccessible(page, 'self-assessment history');
});

test('a visitor finds two countries on the map page and compares them side by side', async ({ page }) => {
  await page.goto('/countries');
  await expect(page.getByRole('heading', { level: 1, name: 'Countries' })).toBeVisible();
  await page.getByLabel('Search', { exact: true }).fill('Mexico');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Compare Mexico' }).check();
  await page.getByLabel('Search', { exact: true }).fill('Singapore');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Compare Singapore' }).check();
  await expectAccessible(page, 'countries');
  await page
    .getByRole('link', { name: 'Compare 2 countries' })
    .or(page.getByRole('button', { name: 'Compare 2 countries' }))
    .click();

  await expect(page).toHaveURL(/\/countries\/compare\?codes=(MX,SG|SG,MX)/);
  const table = page.getByRole('table', { name: /Profiles of/ });
  await expect(table.getByRole('columnheader', { name: /Mexico/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Singapore/ })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: /Lead agency|Bodies/ }).first()).toBeVisible();
  await expect(table).toContainText('Singapore Cooperation');
  await expectAccessible(page, 'compare');

  // The address alone reproduces the comparison (shared by e-mail, say).
  const url = page.url();
  await page.goto('/');
  await page.goto(url);
  await expect(page.getByRole('table', { name: /Profiles of/ })).toContainText('Mexico');
});
