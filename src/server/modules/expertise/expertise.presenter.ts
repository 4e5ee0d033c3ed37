import type {
  Capability,
  CapabilitySummary,
  Expert,
  ExpertSummary,
  NamedCode,
} from '../../../shared/contracts/expertise.js';
import { type LocaleMap, localized, pickLocale } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Column } from '../../platform/export/tabular.js';
import type { CapabilityRecord } from './capabilities.repository.js';
import { expertisePolicy, readsPersonalData } from './expertise.policy.js';
import type { CodeNameMaps } from './expertise.repository.js';
import type { ExpertRecord } from './experts.repository.js';

/**
 * Rows → API objects by explicit allow-list, in the reader's language. An expert's personal
 * data (name, job title, e-mail, availability note) is copied only for readers the policy lets
 * read it: what a visitor may not see is never put in the response or the export.
 */

type Names = LocaleMap;

const named = (codes: string[], names: Map<string, Names>, locale: string): NamedCode[] =>
  codes.map((code) => ({ code, name: localized(names.get(code), locale) || code }));

type OrgColumns = Pick<
  CapabilityRecord,
  'organisation_id' | 'org_name' | 'org_acronym' | 'org_locale' | 'country_code' | 'country_name'
>;

function organisationOf(r: OrgColumns, locale: string) {
  return {
    id: r.organisation_id,
    name: localized(r.org_name as Names, locale, r.org_locale),
    acronym: r.org_acronym,
    countryCode: r.country_code,
    countryName: r.country_name ? localized(r.country_name as Names, locale) : null,
  };
}

export const capabilityFacts = (r: CapabilityRecord) => ({
  organisationId: r.organisation_id,
  countryCode: r.country_code,
  visibility: r.visibility,
  orgVisibility: r.org_visibility,
});

export const expertFacts = (r: ExpertRecord) => ({
  organisationId: r.organisation_id,
  countryCode: r.country_code,
  visibility: r.org_visibility,
  orgVisibility: r.org_visibility,
});

export function toCapabilitySummary(
  r: CapabilityRecord,
  names: CodeNameMaps,
  locale: string,
): CapabilitySummary {
  const title = pickLocale(r.title as Names, locale, r.default_locale);
  const description = pickLocale(r.description as Names, locale, r.default_locale);
  const text = description?.text ?? '';
  return {
    id: r.id,
    title: title?.text ?? '',
    titleLocale: title?.locale ?? locale,
    summary: text.length > 300 ? `${text.slice(0, 299).trimEnd()}…` : text,
    summaryLocale: description?.locale ?? null,
    organisation: organisationOf(r, locale),
    sectors: named(r.sectors, names.sector, locale),
    sdgTargets: named(r.sdg_targets, names.sdg, locale),
    instruments: named(r.instruments, names.instrument, locale),
    languages: named(r.languages, names.language, locale),
    capacityPerYear: r.capacity_per_year,
    costSharing: r.cost_sharing,
    visibility: r.visibility,
    isDemo: r.is_demo,
    createdAt: r.created_at.toISOString(),
  };
}

export function toCapability(
  r: CapabilityRecord,
  experts: ExpertRecord[],
  names: CodeNameMaps,
  actor: Actor,
  locale: string,
): Capability {
  return {
    ...toCapabilitySummary(r, names, locale),
    titles: r.title as Record<string, string>,
    description: r.description as Record<string, string>,
    costSharingNote: r.cost_sharing_note as Record<string, string>,
    defaultLocale: r.default_locale,
    experts: experts.map((e) => toExpertSummary(e, names, actor, locale)),
    updatedAt: r.updated_at.toISOString(),
    abilities: expertisePolicy.abilities(actor, capabilityFacts(r)),
  };
}

export function toExpertSummary(
  r: ExpertRecord,
  names: CodeNameMaps,
  actor: Actor,
  locale: string,
): ExpertSummary {
  const personal = readsPersonalData(actor);
  const expertise = pickLocale(r.expertise as Names, locale);
  return {
    id: r.id,
    organisation: organisationOf(r, locale),
    personal,
    fullName: personal ? r.full_name : null,
    jobTitle: personal ? r.job_title : null,
    email: personal ? r.email : null,
    expertise: expertise?.text ?? '',
    expertiseLocale: expertise?.locale ?? null,
    sectors: named(r.sectors, names.sector, locale),
    languages: named(r.languages, names.language, locale),
    availability: r.availability,
    availabilityNote: personal ? r.availability_note : null,
    isDemo: r.is_demo,
  };
}

export function toExpert(
  r: ExpertRecord & { recorded_by_name: string | null },
  capabilities: { id: string; title: unknown; default_locale: string }[],
  names: CodeNameMaps,
  actor: Actor,
  locale: string,
): Expert {
  const abilities = expertisePolicy.abilities(actor, expertFacts(r));
  return {
    ...toExpertSummary(r, names, actor, locale),
    expertiseTexts: r.expertise as Record<string, string>,
    capabilities: capabilities.map((c) => ({
      id: c.id,
      title: localized(c.title as Names, locale, c.default_locale),
    })),
    // The consent record is for those who keep it up to date.
    consent: abilities.update
      ? {
          givenOn: r.consent_given_on,
          method: r.consent_method,
          recordedBy: r.consent_recorded_by
            ? { id: r.consent_recorded_by, displayName: r.recorded_by_name ?? '' }
            : null,
        }
      : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    abilities,
  };
}

const list = (items: NamedCode[], withCode = true) =>
  items.map((i) => (withCode && i.name !== i.code ? `${i.code} ${i.name}` : i.name)).join('; ');

/** The columns of the capability export, headed in the reader's language. */
export function capabilityColumns(
  t: (key: string) => string,
  names: CodeNameMaps,
  locale: string,
): Column<CapabilityRecord>[] {
  const s = (r: CapabilityRecord) => toCapabilitySummary(r, names, locale);
  return [
    { header: t('expertise:fields.title'), value: (r) => s(r).title, width: 48 },
    { header: t('expertise:fields.organisation'), value: (r) => s(r).organisation.name, width: 40 },
    { header: t('expertise:fields.country'), value: (r) => s(r).organisation.countryName, width: 18 },
    { header: 'ISO 3166', value: (r) => r.country_code, width: 9 },
    { header: t('expertise:fields.description'), value: (r) => s(r).summary, width: 60 },
    { header: t('expertise:fields.sectors'), value: (r) => list(s(r).sectors), width: 40 },
    { header: t('expertise:fields.sdgTargets'), value: (r) => r.sdg_targets.join('; '), width: 18 },
    { header: t('expertise:fields.instruments'), value: (r) => list(s(r).instruments, false), width: 30 },
    { header: t('expertise:fields.languages'), value: (r) => list(s(r).languages, false), width: 24 },
    { header: t('expertise:fields.capacityPerYear'), value: (r) => r.capacity_per_year, width: 12 },
    {
      header: t('expertise:fields.costSharing'),
      value: (r) => t(`expertise:costSharing.${r.cost_sharing}`),
      width: 22,
    },
    { header: 'URL', value: (r) => `/capabilities/${r.id}`, width: 48 },
  ];
}

/** The columns of the expert export: personal columns only for readers who may see them. */
export function expertColumns(
  t: (key: string, vars?: Record<string, unknown>) => string,
  names: CodeNameMaps,
  actor: Actor,
  locale: string,
): Column<ExpertRecord>[] {
  const s = (r: ExpertRecord) => toExpertSummary(r, names, actor, locale);
  const personal: Column<ExpertRecord>[] = readsPersonalData(actor)
    ? [
        { header: t('expertise:fields.fullName'), value: (r) => s(r).fullName, width: 30 },
        { header: t('expertise:fields.jobTitle'), value: (r) => s(r).jobTitle, width: 30 },
        { header: t('expertise:fields.email'), value: (r) => s(r).email, width: 30 },
      ]
    : [
        {
          header: t('expertise:fields.expert'),
          value: (r) => t('expertise:experts.anonymous', { organisation: s(r).organisation.name }),
          width: 40,
        },
      ];
  return [
    ...personal,
    { header: t('expertise:fields.organisation'), value: (r) => s(r).organisation.name, width: 40 },
    { header: t('expertise:fields.country'), value: (r) => s(r).organisation.countryName, width: 18 },
    { header: 'ISO 3166', value: (r) => r.country_code, width: 9 },
    { header: t('expertise:fields.expertise'), value: (r) => s(r).expertise, width: 50 },
    { header: t('expertise:fields.sectors'), value: (r) => list(s(r).sectors), width: 40 },
    { header: t('expertise:fields.languages'), value: (r) => list(s(r).languages, false), width: 24 },
    {
      header: t('expertise:fields.availability'),
      value: (r) => t(`expertise:availability.${r.availability}`),
      width: 16,
    },
    { header: 'URL', value: (r) => `/experts/${r.id}`, width: 48 },
  ];
}
