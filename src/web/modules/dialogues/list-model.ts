import type { DialogueListWhen } from '../../../shared/contracts/dialogues.js';
import { LIMITS } from '../../../shared/limits.js';
import { withQuery } from '../../api/client.js';
import type { Dialogue, DialogueSummary } from './types.js';

/**
 * The convener's site: the API names it (the one the convening organisation hosts, else the
 * first in its country, else the first). Its zone is the convener's when times are shown "for
 * the convener".
 */
export const convenerSite = (d: Pick<Dialogue, 'sites' | 'convenerSiteId'>) =>
  d.sites.find((s) => s.id === d.convenerSiteId) ?? null;

/** The status to show: a called-off dialogue reads "cancelled" whatever its planning state. */
export const shownStatus = (d: Pick<DialogueSummary, 'status' | 'cancelledAt'>) =>
  d.cancelledAt ? 'cancelled' : d.status;

/**
 * The groups of the list page, in the page's order. The API draws them (`?when=`) and pages each
 * in its own order: upcoming soonest first, planning newest first, past latest first.
 */
export const LIST_GROUPS = ['upcoming', 'planning', 'past'] as const satisfies readonly DialogueListWhen[];

/**
 * The series a filter or the planner offers: the API's largest page, newest first (a select
 * cannot load more, and a hub convenes far fewer series than that).
 */
export const seriesChoicesPath = (locale: string) =>
  withQuery('/dialogue-series', { locale, limit: LIMITS.pageSizeMax });
