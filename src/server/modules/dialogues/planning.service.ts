import type {
  SlotResult,
  SlotSearchBody,
  VenueQuery,
  VenueTableResult,
} from '../../../shared/contracts/dialogues.js';
import { findSlots, toUtc, venueTable } from '../../../shared/dialogues/index.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import type { SiteRecord } from './dialogues.repository.js';
import { findSites } from './dialogues.repository.js';
import { dialogueToConvene, getDialogue } from './dialogues.service.js';
import { seriesBurden } from './fairness.service.js';
import { withTimeErrors } from './time-errors.js';

/**
 * Planning a dialogue's time: the slot finder over its sites and the venue table for a start.
 * With fairness, each site is weighed by what it bore in the series' earlier dialogues.
 */

const slotSite = (s: SiteRecord) => ({
  id: s.id,
  zone: s.time_zone,
  preferredFrom: s.preferred_from,
  preferredTo: s.preferred_to,
  holidays: s.holidays,
});

/** Candidate starts for the dialogue's sites, least discomfort first (conveners only). */
export async function findDialogueSlots(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  b: SlotSearchBody,
): Promise<SlotResult> {
  const row = await dialogueToConvene(deps.db, ctx.actor, id);
  const sites = await findSites(deps.db, id);
  const byId = new Map(sites.map((s) => [s.id, s]));
  const fair = b.fairness ? await seriesBurden(deps.db, row, sites) : null;
  const search = withTimeErrors(() =>
    findSlots({
      sites: sites.map(slotSite),
      durationMinutes: row.duration_minutes,
      window: { fromDate: b.fromDate, toDate: b.toDate, zone: b.zone },
      stepMinutes: b.stepMinutes,
      limit: b.limit,
      ...(fair ? { fairness: { burden: fair.burden } } : {}),
    }),
  );
  return {
    candidates: search.candidates.map((c) => ({
      startUtc: c.startUtc,
      endUtc: c.endUtc,
      discomfort: c.discomfort,
      score: c.score,
      sites: c.sites.map((s) => {
        const site = byId.get(s.siteId)!; // findSlots only returns the sites it was given
        return {
          siteId: s.siteId,
          city: site.city,
          timeZone: site.time_zone,
          date: s.date,
          weekday: s.weekday,
          start: s.start,
          end: s.end,
          endDate: s.endDate,
          offsetMinutes: s.offsetMinutes,
          discomfort: s.discomfort,
          outsideMinutes: s.outsideMinutes,
          flags: s.flags,
        };
      }),
    })),
    window: search.window,
    considered: search.considered,
    eligible: search.eligible,
    fairness: fair && { dialoguesCounted: fair.dialoguesCounted, sites: fair.weights },
    clockChanges: search.clockChanges,
  };
}

/** The start as a UTC instant: given as one, or as a local date and time in a zone (gaps refused). */
export function startOf(q: VenueQuery): string {
  if (q.start) return q.start;
  if (q.date && q.time && q.zone) {
    const { date, time, zone } = q;
    return withTimeErrors(() => toUtc(date, time, zone, 'time').utc);
  }
  throw badRequest('errors:dialogues.startNeeded', 'start');
}

/** Each site's local date and hours for a start, grouped by local calendar day. */
export async function dialogueVenues(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  q: VenueQuery,
): Promise<VenueTableResult> {
  const { row, sites } = await getDialogue(deps, ctx, id);
  const start = startOf(q);
  const table = withTimeErrors(() =>
    venueTable(
      sites.map((s) => ({ ...s, zone: s.time_zone })),
      start,
      row.duration_minutes,
    ),
  );
  return {
    startUtc: table.startUtc,
    endUtc: table.endUtc,
    durationMinutes: table.durationMinutes,
    days: table.days.map((d) => ({
      date: d.date,
      weekday: d.weekday,
      rows: d.rows.map((r) => ({
        siteId: r.site.id,
        city: r.site.city,
        countryCode: r.site.country_code?.trim() ?? null,
        venue: r.site.venue,
        room: r.site.room,
        timeZone: r.site.time_zone,
        start: r.start,
        end: r.end,
        endDayOffset: r.endDayOffset,
      })),
    })),
  };
}
