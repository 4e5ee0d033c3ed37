import type { Dialogue, DialogueSummary, Series } from '../../../shared/contracts/dialogues.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';
import { convenerSite } from './convener-site.js';
import type { ListedDialogue, ListedSite } from './dialogue-list.repository.js';
import type { ConvenedFacts } from './dialogues.policy.js';
import { canReadConvened, dialoguePolicy } from './dialogues.policy.js';
import type { DialogueRecord, SeriesRecord, SiteRecord } from './dialogues.repository.js';

/** Rows → API objects by explicit allow-list, with the caller's abilities. */

type Convened = {
  convener_organisation_id: string;
  org_country: string | null;
  visibility: string;
};

/** The policy's facts about a series or dialogue row. */
export const convenedFacts = (r: Convened): ConvenedFacts => ({
  organisationId: r.convener_organisation_id,
  countryCode: r.org_country?.trim() ?? null,
  visibility: r.visibility as Visibility,
});

const convener = (
  r: { convener_organisation_id: string; org_name: unknown; org_locale: string },
  locale: string,
) => ({
  id: r.convener_organisation_id,
  name: localized(r.org_name as LocaleMap, locale, r.org_locale),
});

const iso = (d: Date | string) => new Date(d).toISOString();

export function toSeries(r: SeriesRecord, actor: Actor, locale: string): Series {
  return {
    id: r.id,
    convenerOrganisation: convener(r, locale),
    title: r.title,
    goal: r.goal,
    defaultLocale: r.default_locale,
    visibility: r.visibility,
    isDemo: r.is_demo,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    abilities: dialoguePolicy.abilities(actor, convenedFacts(r)),
  };
}

const toSite = (s: SiteRecord): Dialogue['sites'][number] => ({
  id: s.id,
  position: s.position,
  city: s.city,
  countryCode: s.country_code?.trim() ?? null,
  organisationId: s.organisation_id,
  venue: s.venue,
  room: s.room,
  connection: s.connection,
  timeZone: s.time_zone,
  preferredFrom: s.preferred_from,
  preferredTo: s.preferred_to,
  holidays: s.holidays,
});

function dialogueCore(r: DialogueRecord, actor: Actor, locale: string) {
  return {
    id: r.id,
    seriesId: r.series_id,
    convenerOrganisation: convener(r, locale),
    title: r.title,
    objectives: r.objectives,
    defaultLocale: r.default_locale,
    format: r.format,
    durationMinutes: r.duration_minutes,
    status: r.status,
    startsAt: r.starts_at ? iso(r.starts_at) : null,
    cancelledAt: r.cancelled_at ? iso(r.cancelled_at) : null,
    visibility: r.visibility,
    isDemo: r.is_demo,
    abilities: dialoguePolicy.abilities(actor, convenedFacts(r)),
  };
}

/** The dialogue this one follows, when the actor may see it too (its id alone would say it exists). */
function followed(r: DialogueRecord, actor: Actor) {
  if (!r.follows_id || !r.follows_org || !r.follows_title || !r.follows_visibility) return null;
  const seen = canReadConvened(
    actor,
    convenedFacts({
      convener_organisation_id: r.follows_org,
      org_country: r.follows_org_country,
      visibility: r.follows_visibility,
    }),
  );
  return seen
    ? { id: r.follows_id, title: r.follows_title, defaultLocale: r.follows_locale ?? r.default_locale }
    : null;
}

export function toDialogue(r: DialogueRecord, sites: SiteRecord[], actor: Actor, locale: string): Dialogue {
  const follows = followed(r, actor);
  return {
    ...dialogueCore(r, actor, locale),
    sites: sites.map(toSite),
    convenerSiteId: convenerSite(sites, r.convener_organisation_id, r.org_country)?.id ?? null,
    followsId: follows?.id ?? null,
    follows,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** A dialogue in a list: its site count and the convener's clock stand in for its sites. */
export function toDialogueSummary(
  r: ListedDialogue,
  sites: readonly ListedSite[],
  actor: Actor,
  locale: string,
): DialogueSummary {
  const site = convenerSite(sites, r.convener_organisation_id, r.org_country);
  return {
    ...dialogueCore(r, actor, locale),
    siteCount: sites.length,
    convenerSite: site ? { city: site.city, timeZone: site.time_zone } : null,
  };
}
