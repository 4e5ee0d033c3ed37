import type {
  CountryListItem,
  CountryPage,
  ProfileDocument,
  PublishedProfile,
  VersionSummary,
} from '../../../shared/contracts/country-profiles.js';
import {
  type FormatContext,
  fieldLabelKey,
  formatFieldValue,
  PROFILE_FIELDS,
} from '../../../shared/country-profile-fields.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import { canSee } from '../../platform/authz/visibility.js';
import type { Column } from '../../platform/export/tabular.js';
import { asDocument, organisationIdsOf } from './country-profiles.document.js';
import { countryAbilities } from './country-profiles.policy.js';
import type {
  CountryListRecord,
  CountryRecord,
  OrganisationNameRecord,
  ProfileRecord,
  VersionRecord,
  VersionWithContent,
} from './country-profiles.repository.js';

/** Country profile rows → API objects by allow-list, names in the reader's language. */

/** Names of the organisations the reader may see, in the reader's language, by id. */
export function nameBook(orgs: OrganisationNameRecord[], actor: Actor, locale: string): Map<string, string> {
  const book = new Map<string, string>();
  for (const o of orgs) {
    const visible = canSee(actor, {
      visibility: o.visibility,
      organisationId: o.id,
      countryCode: o.country_code,
    });
    if (visible) book.set(o.id, localized(o.name as LocaleMap, locale, o.default_locale));
  }
  return book;
}

/** Code labels of the vocabularies, in the reader's language. */
export type LabelBook = (vocabulary: string, code: string) => string;
export function labelBook(
  rows: { vocabulary: string; code: string; label: LocaleMap }[],
  locale: string,
): LabelBook {
  const map = new Map(rows.map((r) => [`${r.vocabulary}:${r.code}`, r.label]));
  return (vocabulary, code) => localized(map.get(`${vocabulary}:${code}`), locale) || code;
}

const namesFor = (doc: ProfileDocument, book: Map<string, string>) =>
  Object.fromEntries(organisationIdsOf(doc).flatMap((id) => (book.has(id) ? [[id, book.get(id)!]] : [])));

export function toCountryRef(c: CountryRecord, locale: string) {
  return {
    code: c.code,
    name: localized(c.name as LocaleMap, locale) || c.code,
    region: c.region,
    regionName: c.region_name ? localized(c.region_name as LocaleMap, locale) || null : null,
    incomeGroup: c.income_group,
  };
}

/** Who published: shown to signed-in members only (visitors read the profile, not the people). */
const publisher = (name: string | null, actor: Actor) => (actor.userId ? name : null);

export function toVersionSummary(v: VersionRecord, actor: Actor): VersionSummary {
  return {
    version: v.version,
    publishedAt: new Date(v.published_at).toISOString(),
    publishedBy: publisher(v.published_by_name, actor),
    changeNote: v.change_note,
  };
}

export function toPublishedProfile(
  v: VersionWithContent,
  book: Map<string, string>,
  actor: Actor,
  locale: string,
): PublishedProfile {
  const content = asDocument(v.content);
  return {
    ...toVersionSummary(v, actor),
    content,
    bodies: content.bodies.map((b) => ({
      ...b,
      displayName:
        (b.organisationId && book.get(b.organisationId)) || localized(b.name, locale, content.defaultLocale),
    })),
    organisationNames: namesFor(content, book),
  };
}

export interface PageData {
  country: CountryRecord;
  profile: ProfileRecord | undefined;
  latest: VersionWithContent | undefined;
  orgs: OrganisationNameRecord[];
}

export function toCountryPage(d: PageData, actor: Actor, locale: string): CountryPage {
  const book = nameBook(d.orgs, actor, locale);
  const facts = { countryCode: d.country.code, hasProfile: !!d.profile };
  const abilities = countryAbilities(actor, facts);
  const draft = d.profile ? asDocument(d.profile.draft) : null;
  return {
    country: toCountryRef(d.country, locale),
    profile: d.latest ? toPublishedProfile(d.latest, book, actor, locale) : null,
    draft:
      d.profile && draft && abilities.editProfile
        ? {
            content: draft,
            updatedAt: d.profile.draft_updated_at.toISOString(),
            updatedBy: d.profile.draft_updated_by_name,
            organisationNames: namesFor(draft, book),
          }
        : null,
    abilities,
  };
}

/** The lead agency of a published document: the first body with that role. */
function leadAgency(doc: ProfileDocument, book: Map<string, string>, locale: string): string | null {
  const lead = doc.bodies.find((b) => b.roles.includes('lead_agency'));
  if (!lead) return null;
  return (
    (lead.organisationId && book.get(lead.organisationId)) ||
    localized(lead.name, locale, doc.defaultLocale) ||
    null
  );
}

export function toCountryListItem(
  r: CountryListRecord,
  labels: LabelBook,
  book: Map<string, string>,
  locale: string,
): CountryListItem {
  const published = r.published_version !== null && r.content !== null;
  return {
    ...toCountryRef(r, locale),
    hasProfile: published,
    countryRole: published ? r.country_role : null,
    countryRoleName: published && r.country_role ? labels('country_role', r.country_role) : null,
    leadAgency: published ? leadAgency(asDocument(r.content), book, locale) : null,
    publishedAt: published && r.published_at ? new Date(r.published_at).toISOString() : null,
  };
}

/** The columns of the country list export, headed in the reader's language. */
export function countryListColumns(t: (key: string) => string): Column<CountryListItem>[] {
  return [
    { header: t('country-fields:export.country'), value: (c) => c.name, width: 32 },
    { header: 'ISO 3166', value: (c) => c.code, width: 9 },
    { header: t('country-fields:export.region'), value: (c) => c.regionName, width: 24 },
    {
      header: t('country-fields:export.incomeGroup'),
      value: (c) => (c.incomeGroup ? t(`country-fields:incomeGroups.${c.incomeGroup}`) : null),
      width: 24,
    },
    {
      header: t('country-fields:export.hasProfile'),
      value: (c) => t(`country-fields:yesNo.${c.hasProfile ? 'yes' : 'no'}`),
      width: 12,
    },
    { header: t('country-fields:export.countryRole'), value: (c) => c.countryRoleName, width: 28 },
    { header: t('country-fields:export.leadAgency'), value: (c) => c.leadAgency, width: 48 },
    { header: t('country-fields:export.publishedAt'), value: (c) => c.publishedAt?.slice(0, 10), width: 12 },
    { header: 'URL', value: (c) => `/countries/${c.code}`, width: 20 },
  ];
}

/** One row of the comparison export: a field, then each country's value. */
export interface CompareRow {
  section: string;
  label: string;
  values: string[];
}

/**
 * The comparison as rows (one per PROFILE_FIELDS field, after the version and publication date)
 * and columns (one per country), every value formatted in the reader's language.
 */
export function compareTable(
  countries: { name: string; profile: PublishedProfile | null }[],
  ctx: Omit<FormatContext, 'organisationName'> & { book: Map<string, string> },
): { columns: Column<CompareRow>[]; rows: CompareRow[] } {
  const { t } = ctx;
  const format: FormatContext = { ...ctx, organisationName: (id) => ctx.book.get(id) ?? null };
  const noProfile = t('country-fields:export.noProfile');
  const rows: CompareRow[] = [
    {
      section: '',
      label: t('country-fields:export.version'),
      values: countries.map((c) => (c.profile ? String(c.profile.version) : noProfile)),
    },
    {
      section: '',
      label: t('country-fields:export.publishedAt'),
      values: countries.map((c) => c.profile?.publishedAt.slice(0, 10) ?? ''),
    },
    ...PROFILE_FIELDS.map((field) => ({
      section: t(`country-fields:sections.${field.section}`),
      label: t(fieldLabelKey(field.path)),
      values: countries.map((c) => (c.profile ? formatFieldValue(field, c.profile.content, format) : '')),
    })),
  ];
  const columns: Column<CompareRow>[] = [
    { header: t('country-fields:export.section'), value: (r) => r.section, width: 26 },
    { header: t('country-fields:export.field'), value: (r) => r.label, width: 40 },
    ...countries.map((c, i) => ({ header: c.name, value: (r: CompareRow) => r.values[i], width: 60 })),
  ];
  return { columns, rows };
}
