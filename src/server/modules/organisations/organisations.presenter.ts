import type {
  Invitation,
  Member,
  Organisation,
  OrganisationSummary,
} from '../../../shared/contracts/organisations.js';
import { localized, pickLocale } from '../../../shared/locale-map.js';
import type { Actor, OrgRole } from '../../../shared/permissions.js';
import type { InvitationRow } from '../../db/schema.js';
import type { Column } from '../../platform/export/tabular.js';
import { organisationPolicy } from './organisations.policy.js';
import type { OrganisationRecord } from './organisations.repository.js';

/** Organisation rows → API objects by explicit allow-list, names in the reader's language. */

type Names = Record<string, string>;

export function toOrganisationSummary(o: OrganisationRecord, locale: string): OrganisationSummary {
  const name = pickLocale(o.name as Names, locale, o.default_locale);
  return {
    id: o.id,
    name: name?.text ?? '',
    nameLocale: name?.locale ?? locale,
    acronym: o.acronym,
    orgType: o.org_type,
    orgTypeName: o.org_type_name ? localized(o.org_type_name as Names, locale) : null,
    countryCode: o.country_code,
    countryName: o.country_name ? localized(o.country_name as Names, locale) : null,
    visibility: o.visibility,
    isDemo: o.is_demo,
  };
}

type Detail = OrganisationRecord & {
  member_count: number | null;
  parent_name: unknown;
  parent_locale: string | null;
};

export function toOrganisation(o: Detail, actor: Actor, locale: string): Organisation {
  return {
    ...toOrganisationSummary(o, locale),
    names: o.name as Names,
    description: o.description as Names,
    parent: o.parent_id
      ? { id: o.parent_id, name: localized(o.parent_name as Names, locale, o.parent_locale ?? undefined) }
      : null,
    website: o.website,
    iatiIdentifier: o.iati_identifier,
    defaultLocale: o.default_locale,
    memberCount: o.member_count ?? 0,
    createdAt: o.created_at.toISOString(),
    updatedAt: o.updated_at.toISOString(),
    abilities: organisationPolicy.abilities(actor, {
      id: o.id,
      countryCode: o.country_code,
      visibility: o.visibility,
    }),
  };
}

export function toMember(m: {
  user_id: string;
  display_name: string;
  email: string | null;
  role: OrgRole;
  created_at: Date;
}): Member {
  return {
    userId: m.user_id,
    displayName: m.display_name,
    email: m.email,
    role: m.role,
    since: m.created_at.toISOString(),
  };
}

export function toInvitation(i: InvitationRow): Invitation {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    createdAt: i.created_at.toISOString(),
    expiresAt: i.expires_at.toISOString(),
    acceptedAt: i.accepted_at?.toISOString() ?? null,
    revokedAt: i.revoked_at?.toISOString() ?? null,
  };
}

/** The columns of the directory export, headed in the reader's language. */
export function organisationColumns(
  t: (key: string) => string,
  locale: string,
): Column<OrganisationRecord>[] {
  const summary = (o: OrganisationRecord) => toOrganisationSummary(o, locale);
  return [
    { header: t('organisations:fields.name'), value: (o) => summary(o).name, width: 50 },
    { header: t('organisations:fields.acronym'), value: (o) => o.acronym, width: 14 },
    { header: t('organisations:fields.type'), value: (o) => summary(o).orgTypeName, width: 22 },
    { header: t('organisations:fields.country'), value: (o) => summary(o).countryName, width: 20 },
    { header: 'ISO 3166', value: (o) => o.country_code, width: 9 },
    { header: t('organisations:fields.iatiIdentifier'), value: (o) => o.iati_identifier, width: 20 },
    { header: t('organisations:fields.website'), value: (o) => o.website, width: 32 },
    { header: 'URL', value: (o) => `/organisations/${o.id}`, width: 48 },
  ];
}
