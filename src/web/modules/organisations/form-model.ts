import type { Organisation, OrganisationBody } from '../../../shared/contracts/organisations.js';
import type { Visibility } from '../../../shared/visibility.js';

/** What the organisation form edits; plain strings so it can be kept as a draft in localStorage. */
export interface OrganisationDraft {
  /** Languages the record is written in; the first is its default language. */
  languages: string[];
  names: Record<string, string>;
  descriptions: Record<string, string>;
  acronym: string;
  orgType: string;
  countryCode: string;
  website: string;
  iatiIdentifier: string;
  visibility: Visibility;
  /** The organisation this one is part of ('' for none) and its name, for display. */
  parentId: string;
  parentName: string;
}

/** An empty form, written in the user's language. */
export function emptyDraft(locale: string): OrganisationDraft {
  return {
    languages: [locale],
    names: {},
    descriptions: {},
    acronym: '',
    orgType: '',
    countryCode: '',
    website: '',
    iatiIdentifier: '',
    visibility: 'public',
    parentId: '',
    parentName: '',
  };
}

/** The form for an existing record; the reader's language comes first so it is easy to add. */
export function draftOf(org: Organisation, locale: string): OrganisationDraft {
  const held = new Set([...Object.keys(org.names), ...Object.keys(org.description)]);
  const languages = [org.defaultLocale, ...held, locale].filter((l, i, all) => l && all.indexOf(l) === i);
  return {
    languages,
    names: { ...org.names },
    descriptions: { ...org.description },
    acronym: org.acronym ?? '',
    orgType: org.orgType,
    countryCode: org.countryCode ?? '',
    website: org.website ?? '',
    iatiIdentifier: org.iatiIdentifier ?? '',
    visibility: org.visibility,
    parentId: org.parent?.id ?? '',
    parentName: org.parent?.name ?? '',
  };
}

function onlyFilled(map: Record<string, string>, languages: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of languages) {
    const value = map[lang]?.trim();
    if (value) out[lang] = value;
  }
  return out;
}

/** The API body: empty optional fields become null so an edit can clear them. */
export function bodyOf(draft: OrganisationDraft): OrganisationBody {
  return {
    name: onlyFilled(draft.names, draft.languages),
    description: onlyFilled(draft.descriptions, draft.languages),
    acronym: draft.acronym.trim() || null,
    orgType: draft.orgType,
    countryCode: draft.countryCode || null,
    website: draft.website.trim() || null,
    iatiIdentifier: draft.iatiIdentifier.trim() || null,
    parentId: draft.parentId || null,
    visibility: draft.visibility,
    defaultLocale: (draft.languages[0] ?? 'en') as OrganisationBody['defaultLocale'],
  };
}

/** JSON with object keys sorted, so `{en, es}` equals `{es, en}`. */
function canonical(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Only the fields an edit changed: the audit trail then shows what the person did, and a
 * colleague's simultaneous change to another field is not overwritten with stale values.
 */
export function changedFields(before: OrganisationBody, after: OrganisationBody): Partial<OrganisationBody> {
  const changed: Partial<OrganisationBody> = {};
  for (const key of Object.keys(after) as (keyof OrganisationBody)[]) {
    if (canonical(after[key]) !== canonical(before[key])) Object.assign(changed, { [key]: after[key] });
  }
  return changed;
}
