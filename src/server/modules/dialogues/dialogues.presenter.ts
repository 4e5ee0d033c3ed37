import type { Dialogue, Series } from '../../../shared/contracts/dialogues.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';
import type { ConvenedFacts } from './dialogues.policy.js';
import { dialoguePolicy } from './dialogues.policy.js';
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

export const toSite = (s: SiteRecord): Dialogue['sites'][number] => ({
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

export function toDialogue(r: DialogueRecord, sites: SiteRecord[], actor: Actor, locale: string): Dialogue {
  return {
    ...dialogueCore(r, actor, locale),
    sites: sites.map(toSite),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export const toDialogueSummary = (
  r: DialogueRecord & { site_count: number | string | null },
  actor: Actor,
  locale: string,
) => ({ ...dialogueCore(r, actor, locale), siteCount: Number(r.site_count ?? 0) });
