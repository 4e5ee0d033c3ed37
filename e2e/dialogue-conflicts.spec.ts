import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, signInAs } from './helpers.js';

// Two conveners (two browsers) edit the same agenda and summary: a save after the other's is
// refused, the edits stay (a reload too), and each chooses whose version continues.
test('two conveners editing the same agenda and summary choose whose version continues', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await signInAs(a, 'broker@demo.kxhub.org');
  await signInAs(b, 'broker@demo.kxhub.org');
  await a.goto('/dialogues');
  await a.getByRole('link', { name: 'Plan a dialogue' }).click();
  await a.getByLabel('Title', { exact: true }).fill(`Two conveners ${Date.now() % 100000}`);
  await a.getByLabel('Objectives', { exact: true }).fill('Agree who edits what.');
  await a.getByLabel('Duration (minutes)').fill('120');
  await a.getByRole('button', { name: 'Add site' }).click();
  const group = a.getByRole('group', { name: /^Site 1\b/ });
  await group.getByLabel('City', { exact: true }).fill('Nairobi');
  const zone = group.getByRole('combobox', { name: 'Time zone' });
  await zone.fill('Nairobi');
  await expect(group.getByRole('option').first()).toBeVisible();
  await zone.press('ArrowDown');
  await zone.press('Enter');
  await a.getByRole('button', { name: 'Create dialogue' }).click();
  await expect(a).toHaveURL(/\/dialogues\/[0-9a-f-]{36}\/plan$/);
  const planUrl = a.url();
  await b.goto(planUrl);

  const seg = (p: Page) => p.getByTestId('agenda-segment');
  const addAndSave = async (p: Page, minutes: string) => {
    await p.getByRole('button', { name: 'Add segment' }).click();
    await seg(p).last().getByLabel('Minutes', { exact: true }).fill(minutes);
    await p.getByRole('button', { name: /^Save agenda/ }).click();
  };
  await expect(b.getByText('No segment yet.')).toBeVisible();
  await addAndSave(a, '20');
  await expect(a.getByText(/agenda saved/i).first()).toBeAttached();
  await addAndSave(b, '45');
  await expect(b.getByText('Someone else saved this agenda')).toBeVisible();
  await expect(seg(b).last().getByLabel('Minutes', { exact: true })).toHaveValue('45');
  await expectAccessible(b, 'agenda conflict');
  // The draft survives a reload: the conflict is told at once.
  await b.reload();
  await expect(b.getByText('Someone else saved this agenda')).toBeVisible();
  await expect(seg(b).last().getByLabel('Minutes', { exact: true })).toHaveValue('45');
  await b.getByRole('button', { name: 'Save my version over theirs' }).click();
  await expect(b.getByText('Someone else saved this agenda')).toBeHidden();
  await expect(b.getByText(/agenda saved/i).first()).toBeAttached();
  // A saves again, now on a stale agenda, and loads B's version instead.
  await seg(a).last().getByLabel('Minutes', { exact: true }).fill('25');
  await a.getByRole('button', { name: /^Save agenda/ }).click();
  await expect(a.getByText('Someone else saved this agenda')).toBeVisible();
  a.once('dialog', (d) => void d.accept());
  await a.getByRole('button', { name: 'Load their version' }).click();
  await expect(a.getByText('Someone else saved this agenda')).toBeHidden();
  await expect(seg(a)).toHaveCount(1);
  await expect(seg(a).last().getByLabel('Minutes', { exact: true })).toHaveValue('45');
  // A continues from B's version: saves fine.
  await seg(a).last().getByLabel('Minutes', { exact: true }).fill('50');
  await a.getByRole('button', { name: /^Save agenda/ }).click();
  await expect(a.getByText('Someone else saved this agenda')).toBeHidden();

  // The summary: B's autosave meets A's save.
  const editUrl = planUrl.replace(/\/plan$/, '/summary/edit');
  await a.goto(editUrl);
  await b.goto(editUrl);
  await expect(b.getByText('No topic yet.')).toBeVisible();
  await expect(a.getByText('No topic yet.')).toBeVisible();
  const hl = (p: Page) => p.getByRole('textbox', { name: 'Highlights', exact: true });
  await hl(a).fill('A wrote this.');
  await a.getByRole('button', { name: 'Save summary' }).click();
  await expect(a.getByText(/^Saved at/).first()).toBeVisible();
  let puts = 0;
  b.on('request', (r) => {
    if (r.method() === 'PUT' && r.url().includes('/summary')) puts++;
  });
  await hl(b).fill('B wrote this.');
  // Autosave after the pause meets the conflict.
  await expect(b.getByText('Someone else saved this summary')).toBeVisible({ timeout: 10_000 });
  await expect(hl(b)).toHaveValue('B wrote this.');
  await hl(b).fill('B wrote this, and more.');
  // Longer than the autosave's pause: typing on while in conflict sends nothing (no retry loop).
  await b.waitForTimeout(5000);
  expect(puts).toBe(1);
  await expectAccessible(b, 'summary conflict');
  await b.reload();
  await expect(b.getByText('Someone else saved this summary')).toBeVisible();
  await expect(hl(b)).toHaveValue('B wrote this, and more.');
  await b.getByRole('button', { name: 'Save my version over theirs' }).click();
  await expect(b.getByText(/^Saved at/).first()).toBeVisible();
  // A types again on a stale base: conflict, then loads B's.
  await hl(a).fill('A again.');
  await a.getByRole('button', { name: 'Save summary' }).click();
  await expect(a.getByText('Someone else saved this summary')).toBeVisible();
  a.once('dialog', (d) => void d.accept());
  await a.getByRole('button', { name: 'Load their version' }).click();
  await expect(hl(a)).toHaveValue('B wrote this, and more.');
  await expect(a.getByText('Someone else saved this summary')).toBeHidden();
  // B publishes on a stale base (A saved since): the conflict, B's text kept.
  await hl(a).fill('A third.');
  await a.getByRole('button', { name: 'Save summary' }).click();
  await expect(a.getByText(/^Saved at/).first()).toBeVisible();
  await b.getByRole('button', { name: 'Publish summary' }).click();
  await expect(b.getByText('Someone else saved this summary')).toBeVisible();
  await expect(hl(b)).toHaveValue('B wrote this, and more.');
  await b.reload();
  await expect(b.getByText('Someone else saved this summary')).toBeVisible();
  await expect(hl(b)).toHaveValue('B wrote this, and more.');
  await a.context().close();
  await b.context().close();
});
