import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, signInAs } from './helpers.js';

// A word no demo record contains, so this run's dialogue is found whatever earlier runs left.
const MARKER = `Savanna${Date.now() % 100000}`;
const TITLE = `Peer learning on results-based cooperation ${MARKER}`;

/** The five sites: three continents, two calendar days, one half-hour zone. */
const SITES = [
  { city: 'Nairobi', search: 'Nairobi', zone: 'Africa/Nairobi' },
  { city: 'Bogotá', search: 'Bogota', zone: 'America/Bogota' },
  { city: 'New Delhi', search: 'Delhi', zone: 'Asia/Kolkata' },
  { city: 'Jakarta', search: 'Jakarta', zone: 'Asia/Jakarta' },
  { city: 'Mexico City', search: 'Mexico City', zone: 'America/Mexico_City' },
];

async function addSite(page: Page, n: number, site: (typeof SITES)[number]) {
  await page.getByRole('button', { name: 'Add site' }).click();
  const group = page.getByRole('group', { name: new RegExp(`^Site ${n}\\b`) });
  await group.getByLabel('City', { exact: true }).fill(site.city);
  const zone = group.getByRole('combobox', { name: 'Time zone' });
  await zone.fill(site.search);
  await expect(group.getByRole('option').first()).toBeVisible();
  await zone.press('ArrowDown');
  await zone.press('Enter');
  await expect(zone).toHaveValue(new RegExp(site.zone));
}

test('a broker plans a five-site dialogue, picks a slot, builds the agenda, downloads the invitation, records the summary and an action', async ({
  page,
}) => {
  await signInAs(page, 'broker@demo.kxhub.org');
  await page.goto('/dialogues');
  await page.getByRole('link', { name: 'Plan a dialogue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a dialogue' })).toBeVisible();

  // Details and five sites, picked by city from the time-zone search.
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page
    .getByLabel('Objectives', { exact: true })
    .fill('Compare how five agencies measure the results of their exchanges and agree next steps.');
  await page.getByLabel('Duration (minutes)').fill('120');
  for (const [i, site] of SITES.entries()) await addSite(page, i + 1, site);
  await expectAccessible(page, 'planner: details and sites');
  await page.getByRole('button', { name: 'Create dialogue' }).click();
  await expect(page).toHaveURL(/\/dialogues\/[0-9a-f-]{36}\/plan$/);
  const planUrl = page.url();
  const dialogueUrl = planUrl.replace(/\/plan$/, '');

  // The slot finder ranks starts; the best is taken and the venue table shows every site's day.
  await page.getByRole('button', { name: 'Find slots' }).click();
  const useSlot = page.getByRole('button', { name: /^Use this slot/ });
  await expect(useSlot.first()).toBeVisible();
  await useSlot.first().click();
  const venues = page.getByRole('table').filter({ hasText: 'Nairobi' }).first();
  await expect(venues).toBeVisible();
  for (const site of SITES) await expect(venues).toContainText(site.city);

  // The agenda: three segments, one moved up by keyboard, saved, each start on every clock.
  const segments = page.getByTestId('agenda-segment');
  for (const minutes of ['20', '70', '30']) {
    await page.getByRole('button', { name: 'Add segment' }).click();
    await segments.last().getByLabel('Minutes', { exact: true }).fill(minutes);
  }
  await expect(segments).toHaveCount(3);
  await segments
    .nth(2)
    .getByRole('button', { name: /^Move up/ })
    .click();
  await expect(segments.nth(1).getByLabel('Minutes', { exact: true })).toHaveValue('30');
  await page.getByRole('button', { name: /^Save agenda/ }).click();
  await expect(page.getByText(/agenda saved/i).first()).toBeVisible();
  await expectAccessible(page, 'planner: time and agenda');

  // The invitation downloads as an iCalendar file with the chosen start in UTC.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download invitation (.ics)' }).click();
  const ics = await readFile((await (await download).path())!, 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  expect(ics).toContain(MARKER);

  // The public dialogue page shows the venue table and the agenda.
  await page.goto(dialogueUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(MARKER);
  await expect(page.getByRole('heading', { name: 'Venues and local times' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expectAccessible(page, 'dialogue page');

  // The summary: highlights and a key idea under a topic, saved; then a follow-up action.
  await page.getByRole('link', { name: 'Edit summary' }).click();
  await page
    .getByRole('textbox', { name: 'Highlights', exact: true })
    .fill('All five agencies track outputs; only two follow outcomes a year on.');
  await page.getByRole('button', { name: 'Add topic' }).click();
  await page.getByRole('textbox', { name: 'Topic', exact: true }).last().fill('Measuring results');
  await page
    .getByRole('button', { name: /^Add key idea/ })
    .last()
    .click();
  await page
    .getByRole('textbox', { name: 'Key idea', exact: true })
    .last()
    .fill('Agree a shared outcome indicator before the exchange starts.');
  await page.getByRole('button', { name: 'Save summary' }).click();
  await expect(page.getByText(/^Saved at/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByLabel('Action', { exact: true }).fill(`Circulate the indicator template ${MARKER}`);
  await page.getByLabel('Owner', { exact: true }).fill('Kenya focal point');
  await page.getByLabel('Due date').fill('2027-01-15');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(page.getByText(`Circulate the indicator template ${MARKER}`).first()).toBeVisible();
  await expectAccessible(page, 'summary editor');

  // Back on the dialogue page the convener reads the draft key idea and the action.
  await page.goto(dialogueUrl);
  await expect(page.getByText('Agree a shared outcome indicator before the exchange starts.')).toBeVisible();
  await expect(page.getByText(`Circulate the indicator template ${MARKER}`)).toBeVisible();
  await expect(page.getByText(/^Draft: only the dialogue’s conveners/)).toBeVisible();
});
