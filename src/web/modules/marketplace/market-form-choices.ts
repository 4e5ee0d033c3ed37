import type { Me } from '../../../shared/contracts/accounts.js';
import type { MarketStatus } from '../../../shared/contracts/marketplace.js';
import { ROLE_PERMISSIONS } from '../../../shared/permissions.js';

/**
 * What the need and offer forms offer to choose from and propose: statuses, the organisations to
 * post for, an offer's links, the default expiry; and where an API error is shown.
 */

export type MarketKind = 'need' | 'offer';
type Membership = Me['memberships'][number];

// The web app takes contract types only (no Zod at run time); the type keeps the list honest.
export const STATUS_OPTIONS: readonly MarketStatus[] = [
  'open',
  'in_discussion',
  'matched',
  'closed',
  'withdrawn',
];

// ---- Dates ---------------------------------------------------------------------------------

/** Today as the server counts it (UTC), YYYY-MM-DD: the earliest expiry it accepts. */
export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);

/** The same day `months` later, or the month's last day when it has fewer days (31 Aug → 28 Feb). */
export function addMonths(day: string, months: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return todayOf(target);
}

/** How long a new need or offer is listed unless the author says otherwise. */
export const DEFAULT_LISTING_MONTHS = 6;

// ---- Organisations -------------------------------------------------------------------------

/**
 * The user's organisations they may post for, from the shared role → permission table (the
 * server has the last word: a coordinator or administrator may post for others too).
 */
export function postingOrganisations(memberships: readonly Membership[]): { value: string; label: string }[] {
  return memberships
    .filter((m) => ROLE_PERMISSIONS[m.role].includes('market.post'))
    .map((m) => ({ value: m.organisationId, label: m.organisationName }));
}

/** The draft's organisation if it is still one of the choices (a restored draft), else the first. */
export function pickOrganisation(id: string, options: readonly { value: string }[]): string {
  return options.some((o) => o.value === id) ? id : (options[0]?.value ?? id);
}

// ---- Links of an offer ---------------------------------------------------------------------

interface Titled {
  id: string;
  title: string;
}

/** The choices of a link field: the organisation's items, then any linked one no longer listed. */
export function linkOptions(items: readonly Titled[], linked: readonly Titled[] = []) {
  const listed = new Set(items.map((i) => i.id));
  return [...items, ...linked.filter((l) => !listed.has(l.id))].map((i) => ({ value: i.id, label: i.title }));
}

/** The experiences an offer may draw on: the organisation's published ones (the API refuses others). */
export function publishedExperiencesOf<T extends { organisation: { id: string }; status: string }>(
  items: readonly T[],
  organisationId: string,
): T[] {
  return items.filter((e) => e.organisation.id === organisationId && e.status === 'published');
}

// ---- Errors and drafts ---------------------------------------------------------------------

/** The form field an API error path belongs to: `title.en` and `sectors.2` are shown at `title`, `sectors`. */
export const fieldOf = (path: string): string => path.split('.')[0] ?? path;

/** The key a draft is kept under: one new draft per kind, one per record being edited. */
export const draftKeyOf = (kind: MarketKind, id: string | null): string => `market.${kind}.${id ?? 'new'}`;
