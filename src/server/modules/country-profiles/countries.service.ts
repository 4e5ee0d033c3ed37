import type { z } from 'zod';
import type { countryListQuery } from '../../../shared/contracts/country-profiles.js';
import { diffProfiles } from '../../../shared/country-profile-diff.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { asDocument, normalise, organisationIdsOf } from './country-profiles.document.js';
import { countryProfilePolicy } from './country-profiles.policy.js';
import * as repo from './country-profiles.repository.js';

/** Reading countries and their profiles: the list, a country page, versions, diffs, comparison. */

/** An active country, or 404. */
export async function requireCountry(ex: Executor, code: string) {
  const country = await repo.findCountry(ex, code);
  if (!country) throw notFound('errors:countryProfiles.countryNotFound', { code });
  return country;
}

/** Everything a country page shows, scoped to the caller (the draft only for its editors). */
export async function getCountryPage(deps: AppDeps, ctx: RequestContext, code: string) {
  const country = await requireCountry(deps.db, code);
  const profile = await repo.findProfile(deps.db, code);
  const latest = profile?.published_version
    ? await repo.findVersion(deps.db, code, profile.published_version)
    : undefined;
  const mayEdit = countryProfilePolicy.can(ctx.actor, 'country_profile.edit', {
    countryCode: code,
    hasProfile: !!profile,
  });
  const ids = [
    ...(latest ? organisationIdsOf(asDocument(latest.content)) : []),
    ...(profile && mayEdit ? organisationIdsOf(asDocument(profile.draft)) : []),
  ];
  return { country, profile, latest, orgs: await repo.organisationsByIds(deps.db, [...new Set(ids)]) };
}

/** A country's published versions, newest first (an empty list before the first publication). */
export async function listProfileVersions(deps: AppDeps, code: string) {
  await requireCountry(deps.db, code);
  return repo.listVersions(deps.db, code);
}

/** One published version with the names of the organisations it refers to. */
export async function getProfileVersion(deps: AppDeps, code: string, version: number) {
  await requireCountry(deps.db, code);
  const v = await repo.findVersion(deps.db, code, version);
  if (!v) throw notFound('errors:countryProfiles.versionNotFound', { version });
  const ids = organisationIdsOf(asDocument(v.content));
  return { version: v, orgs: await repo.organisationsByIds(deps.db, ids) };
}

/** What changed between two published versions (`to` defaults to the latest). */
export async function diffProfileVersions(deps: AppDeps, code: string, from: number, to?: number) {
  await requireCountry(deps.db, code);
  const profile = await repo.findProfile(deps.db, code);
  const toVersion = to ?? profile?.published_version ?? 0;
  const a = await repo.findVersion(deps.db, code, from);
  if (!a) throw badRequest('errors:countryProfiles.noSuchVersion', 'from', { version: from });
  const b = await repo.findVersion(deps.db, code, toVersion);
  if (!b) throw badRequest('errors:countryProfiles.noSuchVersion', 'to', { version: toVersion });
  return { from: a, to: b, changes: diffProfiles(asDocument(a.content), asDocument(b.content)) };
}

const VOCABULARIES = ['country_role', 'ssc_modality'];

/**
 * Every active country with its published profile, filtered (q matches a name in any language
 * or the code, accent-insensitively) and sorted by name in the reader's language.
 */
export async function listCountries(
  deps: AppDeps,
  ctx: RequestContext,
  q: Omit<z.infer<typeof countryListQuery>, 'format'>,
) {
  let rows = await repo.listCountries(deps.db, q);
  if (q.q) {
    const needle = normalise(q.q);
    rows = rows.filter((r) =>
      normalise([r.code, ...Object.values(r.name as Record<string, string>)].join(' ')).includes(needle),
    );
  }
  const collator = new Intl.Collator(ctx.locale, { sensitivity: 'base' });
  const nameOf = (r: repo.CountryListRecord) => localized(r.name as LocaleMap, ctx.locale) || r.code;
  rows.sort((a, b) => collator.compare(nameOf(a), nameOf(b)) || a.code.localeCompare(b.code));
  const ids = rows.flatMap((r) => (r.content ? organisationIdsOf(asDocument(r.content)) : []));
  return {
    rows,
    labels: await repo.vocabularyLabels(deps.db, VOCABULARIES),
    orgs: await repo.organisationsByIds(deps.db, [...new Set(ids)]),
  };
}

/** 2 to 5 countries side by side, in the order asked, with their latest published versions. */
export async function compareCountries(deps: AppDeps, codes: string[]) {
  if (codes.length < 2 || codes.length > 5)
    throw badRequest('errors:countryProfiles.compareCountries', 'codes');
  const found = await repo.findCountries(deps.db, codes);
  const unknown = codes.filter((c) => !found.some((f) => f.code === c));
  if (unknown.length)
    throw badRequest('errors:countryProfiles.unknownCountries', 'codes', { codes: unknown.join(', ') });
  const versions = await repo.latestVersions(deps.db, codes);
  const ids = versions.flatMap((v) => organisationIdsOf(asDocument(v.content)));
  return {
    countries: codes.map((code) => ({
      country: found.find((f) => f.code === code)!,
      latest: versions.find((v) => v.country_code === code),
    })),
    labels: await repo.vocabularyLabels(deps.db, VOCABULARIES),
    orgs: await repo.organisationsByIds(deps.db, [...new Set(ids)]),
  };
}
