import { expect, test } from '@playwright/test';
import { expectAccessible, signInAs } from './helpers.js';

// A word no demo record contains, so this run's need is found whatever earlier runs left.
const MARKER = `Kiwanja${Date.now() % 100000}`;
const NEED_TITLE = `Risk-based VAT audits and e-filing for county revenue ${MARKER}`;
// South Africa's demo offer (src/server/seed/demo-marketplace-offers.ts, key za-revenue).
const OFFER_TITLE = 'Modernising revenue administration: risk engines and e-filing';

test('a ministry posts a need, sees a matched offer and why, proposes an introduction, the provider accepts, both see it in their pipeline', async ({
  page,
}) => {
  // Kenya's National Treasury posts a need.
  await signInAs(page, 'ke.admin@demo.kxhub.org');
  await page.goto('/needs/new');
  await page.getByLabel('Title', { exact: true }).fill(NEED_TITLE);
  await page.getByLabel('Challenge area', { exact: true }).selectOption('organisational_arrangements');
  await page.getByRole('searchbox', { name: 'Find: Sectors' }).fill('15114');
  await page.getByRole('button', { name: /15114/ }).first().click();
  await expectAccessible(page, 'need form');

  // Without the challenge the need is refused, the field is named, and nothing typed is lost.
  await page.getByRole('button', { name: 'Post need' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(NEED_TITLE);
  await page
    .getByLabel('Development challenge', { exact: true })
    .fill(
      'Our counties lose revenue because audits are chosen by hand and returns are filed on paper. We want a revenue administration with e-filing and risk-based audit selection, as peers have built.',
    );
  await page.getByRole('button', { name: 'Post need' }).click();
  await expect(page).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
  const needUrl = page.url();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(MARKER);

  // Its matches include South Africa's revenue offer, with the reasons.
  const matches = page.getByRole('region', { name: 'Matches for this need' });
  // Each kind shows its best few; the rest are one click away.
  const offers = matches.getByRole('region', { name: 'Offers' });
  await expect(offers.getByTestId('match').first()).toBeVisible();
  const showAll = offers.getByRole('button', { name: /^Show all \d+ matches$/ });
  if (await showAll.isVisible()) await showAll.click();
  const offer = matches.getByTestId('match').filter({ has: page.getByRole('link', { name: OFFER_TITLE }) });
  await expect(offer).toBeVisible();
  await expect(offer.getByText(/Match: \d+ out of 100/)).toBeVisible();
  await offer.getByRole('button', { name: 'Why this match' }).click();
  const why = offer.getByTestId('match-explanation');
  await expect(why).toBeVisible();
  await expect(why).toContainText(/% of the score/);
  await expect(why).toContainText(/Sector/);
  await expectAccessible(page, 'need page with matches');

  // The Treasury proposes an introduction.
  await offer.getByRole('button', { name: 'Propose an introduction' }).click();
  await offer
    .getByRole('textbox', { name: 'Message (optional)' })
    .fill('We would like to learn from SARS how the risk engine chooses audits.');
  await offer.getByRole('button', { name: 'Send the proposal' }).click();
  const proposed = page.getByTestId('introduction-proposed');
  await expect(proposed).toContainText('Introduction proposed');
  await proposed.getByRole('link', { name: 'Open the introduction' }).click();
  await expect(page).toHaveURL(/\/introductions\/[0-9a-f-]{36}$/);
  const introductionUrl = page.url();

  // South Africa's editor accepts it for the provider: both sides have now agreed.
  await signInAs(page, 'za.editor@demo.kxhub.org');
  // The proposal waits in the inbox, counted on the header's bell.
  await page.goto('/');
  await page.getByRole('link', { name: /^Notifications, \d+ unread$/ }).click();
  await expect(page.getByRole('link', { name: new RegExp(`proposed.*${MARKER}`) })).toBeVisible();
  await expectAccessible(page, 'inbox');
  await page.goto('/market/mine');
  const waiting = page.getByRole('link', { name: new RegExp(`^${NEED_TITLE} with `) });
  await expect(waiting).toBeVisible();
  await expectAccessible(page, 'provider pipeline');
  await waiting.click();
  await expect(page).toHaveURL(introductionUrl);
  await expect(page.getByText('We would like to learn from SARS')).toBeVisible();
  await page.getByRole('button', { name: 'Accept as provider' }).click();
  await expect(page.getByText(/both sides have agreed/).first()).toBeVisible();
  await expectAccessible(page, 'introduction page');

  // Both see it agreed in their pipeline.
  await page.goto('/market/mine');
  const providerAgreed = page.getByRole('region', { name: /^Agreed/ });
  await expect(providerAgreed.getByRole('link', { name: new RegExp(`^${NEED_TITLE} with `) })).toBeVisible();

  await signInAs(page, 'ke.admin@demo.kxhub.org');
  await page.goto('/market/mine');
  const seekerAgreed = page.getByRole('region', { name: /^Agreed/ });
  await expect(seekerAgreed.getByRole('link', { name: new RegExp(`^${NEED_TITLE} with `) })).toBeVisible();
  // The need moved along with its introduction.
  await page.goto(needUrl);
  await expect(page.getByTestId('market-status').first()).toContainText('Matched');
});
