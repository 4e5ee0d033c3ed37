import type { Organisation, OrganisationBody } from '../../../shared/contracts/organisations.js';
import type { Visibility } from '../../../shared/visibility.js';
import { draftLanguages, onlyFilled } from '../../components/forms/draft-model.js';

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
  return {
    languages: draftLanguages(org.defaultLocale, [org.names, org.description], locale),
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
