import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'correct-horse-battery-7';

/** A fresh address per run, so journeys can be repeated against the same server. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

/** Fails on serious or critical accessibility violations, listing them. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Signs up through the form and waits to land signed in. */
export async function signUp(page: Page, name: string, email: string): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`Account menu for ${name}`) })).toBeVisible();
  // The account page comes next: wait for it, so a menu opened now is not closed by that
  // navigation (on a busy machine the page arrives after the session does).
  await page.waitForURL((url) => !url.pathname.startsWith('/signup'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The password of every demo account (see src/server/seed/demo-users.ts). */
export const DEMO_PASSWORD = 'kxhub-demo-2011';

/**
 * Signs in as a demo user from a fresh browser state, so each person of a journey starts clean
 * (the interface language follows their profile, not the previous person's choice).
 */
export async function signInAs(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  const signedIn = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login') && r.status() === 200);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signedIn;
}
