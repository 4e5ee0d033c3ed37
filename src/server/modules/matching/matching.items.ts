import type { LocaleMap } from '../../../shared/locale-map.js';
import type {
  CandidateInput,
  CountryContext,
  ExchangeHistory,
  NeedInput,
} from '../../../shared/matching/index.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';
import { canSee } from '../../platform/authz/visibility.js';
import type { CatalogueRow, CountryRow, NeedRow, OfferRow } from './matching.repository.js';

/**
 * Rows as the scoring core's inputs, and what is kept beside each prepared item to show and
 * filter it (title, organisation, visibility). Pure: no I/O.
 */

export const CANDIDATE_KINDS = ['offer', 'experience', 'capability', 'country'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** The organisation behind an item, as far as showing and filtering it needs. */
export interface ItemOrganisation {
  id: string;
  name: LocaleMap;
  acronym: string | null;
  locale: string;
  visibility: Visibility;
}

/** What is kept beside a prepared need or candidate. */
export interface ItemMeta {
  kind: CandidateKind | 'need';
  id: string;
  title: LocaleMap;
  defaultLocale: string;
  organisation: ItemOrganisation | null;
  countryCode: string | null;
  visibility: Visibility;
}

/** A country's context and name, by code. */
export type CountryTable = ReadonlyMap<string, CountryRow>;

/**
 * Whether a reader may see an item: the item and its organisation must both be visible (a public
 * offer of an organisation-only organisation would leak that organisation), as in the catalogue.
 */
export function canSeeItem(actor: Actor, m: ItemMeta): boolean {
  const where = { organisationId: m.organisation?.id ?? null, countryCode: m.countryCode };
  if (!canSee(actor, { ...where, visibility: m.visibility })) return false;
  return !m.organisation || canSee(actor, { ...where, visibility: m.organisation.visibility });
}

/** Whether any signed-in member may see an item (what the nightly run stores and digests announce). */
export const isShared = (m: ItemMeta) =>
  m.visibility !== 'organisation' && (m.organisation?.visibility ?? 'public') !== 'organisation';

const contextOf = (countries: CountryTable, code: string | null): CountryContext | null => {
  const c = code ? countries.get(code) : undefined;
  return c ? { region: c.region, incomeGroup: c.income_group } : null;
};

const organisationOf = (
  r: Pick<NeedRow, 'organisation_id' | 'org_name' | 'org_acronym' | 'org_locale' | 'org_visibility'>,
) => ({
  id: r.organisation_id,
  name: r.org_name,
  acronym: r.org_acronym,
  locale: r.org_locale,
  visibility: r.org_visibility,
});

type Row = NeedRow | OfferRow | CatalogueRow;

function metaOf(kind: ItemMeta['kind'], r: Row): ItemMeta {
  return {
    kind,
    id: r.id,
    title: r.title,
    defaultLocale: r.default_locale,
    organisation: organisationOf(r),
    countryCode: r.country_code,
    visibility: r.visibility,
  };
}

const codes = (r: Row) => ({
  lexemes: r.lexemes,
  sectors: r.sectors,
  sdgTargets: r.sdg_targets,
  languages: r.languages,
  instruments: r.instruments,
});

/** A need as the core's input, and its meta. */
export function needItem(r: NeedRow, countries: CountryTable): { input: NeedInput; meta: ItemMeta } {
  return {
    input: {
      id: r.id,
      ...codes(r),
      country: contextOf(countries, r.country_code),
      timeframe: { from: r.timeframe_from, to: r.timeframe_to },
    },
    meta: metaOf('need', r),
  };
}

/** An offer's availability: from its start to its end, and never past its expiry. */
export function offerWindow(r: Pick<OfferRow, 'available_from' | 'available_to' | 'expires_on'>) {
  let to = r.available_to && r.available_to < r.expires_on ? r.available_to : r.expires_on;
  // Available only from after its expiry: a period of its first day, not an error.
  if (r.available_from && to < r.available_from) to = r.available_from;
  return { from: r.available_from, to };
}

/** Track records by provider organisation, and added up by country. */
export interface TrackRecords {
  byOrganisation: ReadonlyMap<string, ExchangeHistory>;
  byCountry: ReadonlyMap<string, ExchangeHistory>;
}

/**
 * Track records from agreed introductions and the seekers' feedback on them. An organisation (or
 * country) without any agreed introduction has no record (null: left out, not a zero), so that
 * newcomers are not ranked down while the marketplace is young.
 */
export function trackRecordsOf(
  rows: readonly {
    organisation_id: string;
    country_code: string | null;
    exchanges: number;
    feedback_sum: number;
    feedback_count: number;
  }[],
): TrackRecords {
  const history = (exchanges: number, sum: number, count: number): ExchangeHistory => ({
    exchanges,
    meanFeedback: count > 0 ? sum / count : null,
  });
  const byOrganisation = new Map<string, ExchangeHistory>();
  const countryTotals = new Map<string, [number, number, number]>();
  for (const r of rows) {
    byOrganisation.set(r.organisation_id, history(r.exchanges, r.feedback_sum, r.feedback_count));
    if (!r.country_code) continue;
    const t = countryTotals.get(r.country_code) ?? [0, 0, 0];
    countryTotals.set(r.country_code, [t[0] + r.exchanges, t[1] + r.feedback_sum, t[2] + r.feedback_count]);
  }
  const byCountry = new Map([...countryTotals].map(([code, [n, s, c]]) => [code, history(n, s, c)]));
  return { byOrganisation, byCountry };
}

/** An offer, experience or capability as a candidate, and its meta. */
export function candidateItem(
  kind: 'offer' | 'experience' | 'capability',
  r: OfferRow | CatalogueRow,
  countries: CountryTable,
  records: TrackRecords,
): { input: CandidateInput; meta: ItemMeta } {
  return {
    input: {
      id: r.id,
      ...codes(r),
      country: contextOf(countries, r.country_code),
      availability: kind === 'offer' ? offerWindow(r as OfferRow) : null,
      history: records.byOrganisation.get(r.organisation_id) ?? null,
    },
    meta: metaOf(kind, r),
  };
}

/**
 * A peer country as a candidate: what its organisations have shown they know (the words and
 * codes of their published experiences, capabilities and offers anyone signed in may see), its
 * context and its track record. Which needs it may answer is decided by `strongFor`.
 */
export function countryItem(
  country: CountryRow,
  sources: readonly { input: CandidateInput; meta: ItemMeta }[],
  records: TrackRecords,
): { input: CandidateInput; meta: ItemMeta } {
  const union = (pick: (i: CandidateInput) => readonly string[] | undefined) => [
    ...new Set(sources.flatMap((s) => pick(s.input) ?? [])),
  ];
  return {
    input: {
      id: country.code,
      lexemes: sources.flatMap((s) => s.input.lexemes),
      sectors: union((i) => i.sectors),
      sdgTargets: union((i) => i.sdgTargets),
      languages: union((i) => i.languages),
      instruments: union((i) => i.instruments),
      country: { region: country.region, incomeGroup: country.income_group },
      availability: null,
      history: records.byCountry.get(country.code) ?? null,
    },
    meta: {
      kind: 'country',
      id: country.code,
      title: country.name,
      defaultLocale: 'en',
      organisation: null,
      countryCode: country.code,
      visibility: 'public',
    },
  };
}

/**
 * The capacities (assessment dimensions) behind each institutional challenge area, for needs that
 * name an area but no dimensions: a peer is a country that rated itself strong (3 or 4) on one
 * of them. Stakeholder ownership is about the will and support of leaders, parliament, business
 * and partners; policy instruments about the rules and money that steer; organisational
 * arrangements about the bodies and systems that deliver.
 */
export const CHALLENGE_AREA_DIMENSIONS: Readonly<Record<string, readonly string[]>> = {
  stakeholder_ownership: [
    'political_commitment',
    'mainstreaming',
    'private_sector',
    'international_partnerships',
  ],
  policy_instruments: ['ke_strategy', 'legal_framework', 'financing'],
  organisational_arrangements: [
    'coordination_mechanism',
    'focal_point',
    'information_systems',
    'systematisation',
    'monitoring_evaluation',
  ],
};

/** The dimensions on which a peer country must be strong to answer a need. */
export function wantedDimensions(need: Pick<NeedRow, 'dimensions' | 'challenge_area'>): readonly string[] {
  return need.dimensions.length > 0
    ? need.dimensions
    : (CHALLENGE_AREA_DIMENSIONS[need.challenge_area] ?? []);
}

/** Whether a country strong on `strong` answers a need wanting `wanted`. */
export const strongFor = (strong: ReadonlySet<string> | undefined, wanted: readonly string[]) =>
  strong !== undefined && wanted.some((d) => strong.has(d));
