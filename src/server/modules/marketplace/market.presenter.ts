import type { NamedCode } from '../../../shared/contracts/expertise.js';
import type { IntroductionState } from '../../../shared/contracts/introductions.js';
import type { Need, NeedSummary, Offer, OfferSummary } from '../../../shared/contracts/marketplace.js';
import { type LocaleMap, localized, pickLocale } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';
import type { Column } from '../../platform/export/tabular.js';
import { type MarketFacts, marketPolicy } from './market.policy.js';
import type { CodeKind, CodeNames } from './market.repository.js';
import type { MarketRow } from './market-list.repository.js';
import type { NeedRecord } from './needs.repository.js';
import type { OfferRecord } from './offers.repository.js';

/** Rows → API objects by explicit allow-list, in the reader's language. */

const named = (codes: readonly string[], names: CodeNames, kind: CodeKind, locale: string): NamedCode[] =>
  codes.map((code) => ({ code, name: localized(names[kind].get(code), locale) || code }));

/** The columns a need or offer row carries in a list as on its page. */
type Common = Pick<
  MarketRow,
  | 'id'
  | 'organisation_id'
  | 'country_code'
  | 'title'
  | 'default_locale'
  | 'sectors'
  | 'sdg_targets'
  | 'languages'
  | 'status'
  | 'visibility'
  | 'expires_on'
  | 'is_demo'
  | 'created_at'
  | 'org_name'
  | 'org_acronym'
  | 'org_locale'
  | 'country_name'
>;

const facts = (
  r: { organisation_id: string; country_code: string; visibility: string },
  orgVisibility: string,
): MarketFacts => ({
  organisationId: r.organisation_id,
  countryCode: r.country_code.trim(),
  visibility: r.visibility as Visibility,
  orgVisibility: orgVisibility as Visibility,
});
export const needFacts = (r: NeedRecord) => facts(r, r.org_visibility);
export const offerFacts = (r: OfferRecord) => facts(r, r.org_visibility);

function summaryOf(r: Common, body: LocaleMap, names: CodeNames, locale: string, today: string) {
  const title = pickLocale(r.title, locale, r.default_locale);
  const text = pickLocale(body, locale, r.default_locale);
  const summary = text?.text ?? '';
  const countryCode = r.country_code.trim();
  return {
    id: r.id,
    title: title?.text ?? '',
    titleLocale: title?.locale ?? r.default_locale,
    summary: summary.length > 300 ? `${summary.slice(0, 299).trimEnd()}…` : summary,
    summaryLocale: text?.locale ?? null,
    organisation: {
      id: r.organisation_id,
      name: localized(r.org_name, locale, r.org_locale),
      acronym: r.org_acronym,
      countryCode,
      countryName: localized(r.country_name, locale) || countryCode,
    },
    sectors: named(r.sectors, names, 'sector', locale),
    sdgTargets: named(r.sdg_targets, names, 'sdg', locale),
    languages: named(r.languages, names, 'language', locale),
    status: r.status as NeedSummary['status'],
    visibility: r.visibility as Visibility,
    expiresOn: r.expires_on,
    expired: r.expires_on < today,
    isDemo: r.is_demo,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** A row of the needs list. */
export function toNeedSummary(r: MarketRow, names: CodeNames, locale: string, today: string): NeedSummary {
  const area = r.challenge_areas[0] ?? '';
  return {
    ...summaryOf(r, r.body, names, locale, today),
    challengeArea: named([area], names, 'challenge_area', locale)[0]!,
  };
}

/** A row of the offers list. */
export function toOfferSummary(r: MarketRow, names: CodeNames, locale: string, today: string): OfferSummary {
  return summaryOf(r, r.body, names, locale, today);
}

const texts = (m: unknown) => (m ?? {}) as Record<string, string>;
const asCommon = (r: NeedRecord | OfferRecord): Common => ({
  ...r,
  title: r.title as LocaleMap,
  org_name: r.org_name as LocaleMap,
  country_name: r.country_name as LocaleMap | null,
});

/** A need as its page shows it, with the caller's abilities. */
export function toNeed(r: NeedRecord, names: CodeNames, actor: Actor, locale: string, today: string): Need {
  return {
    ...summaryOf(asCommon(r), r.challenge as LocaleMap, names, locale, today),
    challengeArea: named([r.challenge_area], names, 'challenge_area', locale)[0]!,
    titles: texts(r.title),
    challenge: texts(r.challenge),
    changeSought: texts(r.change_sought),
    defaultLocale: r.default_locale,
    dimensions: named(r.dimensions, names, 'assessment_dimension', locale),
    outcomes: named(r.outcomes, names, 'intermediate_outcome', locale),
    instruments: named(r.instruments, names, 'instrument', locale),
    deliveryMode: r.delivery_mode ? named([r.delivery_mode], names, 'delivery_mode', locale)[0]! : null,
    timeframeFrom: r.timeframe_from,
    timeframeTo: r.timeframe_to,
    contributesFunds: r.contributes_funds,
    contributesInKind: r.contributes_in_kind,
    contributionNote: texts(r.contribution_note),
    updatedAt: new Date(r.updated_at).toISOString(),
    abilities: marketPolicy.abilities(actor, needFacts(r)),
  };
}

export interface OfferLinks {
  capabilities: { id: string; title: unknown; default_locale: string }[];
  experiences: { id: string; original_locale: string; content: unknown }[];
}

/** An offer as its page shows it: its linked capabilities and experiences, the caller's abilities. */
export function toOffer(
  r: OfferRecord,
  links: OfferLinks,
  names: CodeNames,
  actor: Actor,
  locale: string,
  today: string,
): Offer {
  return {
    ...summaryOf(asCommon(r), r.description as LocaleMap, names, locale, today),
    titles: texts(r.title),
    description: texts(r.description),
    defaultLocale: r.default_locale,
    challengeAreas: named(r.challenge_areas, names, 'challenge_area', locale),
    dimensions: named(r.dimensions, names, 'assessment_dimension', locale),
    instruments: named(r.instruments, names, 'instrument', locale),
    deliveryModes: named(r.delivery_modes, names, 'delivery_mode', locale),
    capabilities: links.capabilities.map((c) => ({
      id: c.id,
      title: localized(c.title as LocaleMap, locale, c.default_locale),
    })),
    experiences: links.experiences.map((e) => ({
      id: e.id,
      title: localized((e.content as { title?: LocaleMap } | null)?.title, locale, e.original_locale),
    })),
    capacityPerYear: r.capacity_per_year,
    costSharing: r.cost_sharing,
    costSharingNote: texts(r.cost_sharing_note),
    availableFrom: r.available_from,
    availableTo: r.available_to,
    updatedAt: new Date(r.updated_at).toISOString(),
    abilities: marketPolicy.abilities(actor, offerFacts(r)),
  };
}

/** Introduction counts with every state present. */
export function countsOf(rows: { state: string; n: number }[], states: readonly IntroductionState[]) {
  const out = Object.fromEntries(states.map((s) => [s, 0])) as Record<IntroductionState, number>;
  for (const r of rows) {
    const state = r.state as IntroductionState;
    if (state in out) out[state] = (out[state] ?? 0) + r.n;
  }
  return out;
}

const list = (items: NamedCode[], withCode = true) =>
  items.map((i) => (withCode && i.name !== i.code ? `${i.code} ${i.name}` : i.name)).join('; ');

/** The columns of the needs or offers export, headed in the reader's language. */
export function marketColumns(
  kind: 'need' | 'offer',
  t: (key: string) => string,
  names: CodeNames,
  locale: string,
  today: string,
  publicUrl: string,
): Column<MarketRow>[] {
  const s = (r: MarketRow) => summaryOf(r, r.body, names, locale, today);
  const f = (field: string) => t(`market:fields.${field}`);
  return [
    { header: t('market:export.title'), value: (r) => s(r).title, width: 48 },
    { header: f('organisation'), value: (r) => s(r).organisation.name, width: 40 },
    { header: f('country'), value: (r) => s(r).organisation.countryName, width: 18 },
    { header: t('market:export.countryCode'), value: (r) => r.country_code, width: 9 },
    { header: t(`market:export.${kind}Summary`), value: (r) => s(r).summary, width: 60 },
    {
      header: f(kind === 'need' ? 'challengeArea' : 'challengeAreas'),
      value: (r) => list(named(r.challenge_areas, names, 'challenge_area', locale), false),
      width: 30,
    },
    { header: f('sectors'), value: (r) => list(s(r).sectors), width: 40 },
    { header: f('sdgTargets'), value: (r) => r.sdg_targets.join('; '), width: 18 },
    {
      header: f('instruments'),
      value: (r) => list(named(r.instruments, names, 'instrument', locale), false),
      width: 30,
    },
    { header: f('languages'), value: (r) => list(s(r).languages, false), width: 24 },
    { header: f('status'), value: (r) => t(`market:status.${r.status}`), width: 14 },
    { header: f('expiresOn'), value: (r) => r.expires_on, width: 12 },
    // A full address, so the link works when the file is opened away from the site.
    { header: t('market:export.link'), value: (r) => `${publicUrl}/${kind}s/${r.id}`, width: 48 },
  ];
}
