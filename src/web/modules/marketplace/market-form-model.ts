import type { CostSharing } from '../../../shared/contracts/expertise.js';
import type {
  MarketStatus,
  Need,
  NeedBody,
  NeedPatch,
  Offer,
  OfferBody,
  OfferPatch,
} from '../../../shared/contracts/marketplace.js';
import type { Locale } from '../../../shared/locales.js';
import type { Visibility } from '../../../shared/visibility.js';
import { draftLanguages, onlyFilled } from '../../components/forms/draft-model.js';
import { addMonths, DEFAULT_LISTING_MONTHS } from './market-form-choices.js';

/**
 * What the need and offer forms edit: plain strings, booleans and arrays, so a draft survives as
 * JSON in localStorage; and how an API record becomes a draft and a draft the API body.
 */

type Texts = Record<string, string>;

/** The fields needs and offers share. */
export interface SharedDraft {
  organisationId: string;
  /** Languages the texts are written in; the first is the record's default. */
  languages: string[];
  titles: Texts;
  sectors: string[];
  sdgTargets: string[];
  instruments: string[];
  /** Languages the exchange can be held in (the `languages` field of the API). */
  spoken: string[];
  dimensions: string[];
  visibility: Visibility;
  status: MarketStatus;
  expiresOn: string;
}

export interface NeedDraft extends SharedDraft {
  challenge: Texts;
  challengeArea: string;
  changeSought: Texts;
  outcomes: string[];
  /** '' for any delivery mode. */
  deliveryMode: string;
  timeframeFrom: string;
  timeframeTo: string;
  contributesFunds: boolean;
  contributesInKind: boolean;
  contributionNote: Texts;
}

export interface OfferDraft extends SharedDraft {
  description: Texts;
  challengeAreas: string[];
  deliveryModes: string[];
  capabilityIds: string[];
  experienceIds: string[];
  capacityPerYear: string;
  costSharing: CostSharing;
  costSharingNote: Texts;
  availableFrom: string;
  availableTo: string;
}

// ---- Records → drafts ----------------------------------------------------------------------

function emptyShared(locale: string, organisationId: string, today: string): SharedDraft {
  return {
    organisationId,
    languages: [locale],
    titles: {},
    sectors: [],
    sdgTargets: [],
    instruments: [],
    spoken: [],
    dimensions: [],
    visibility: 'public',
    status: 'open',
    expiresOn: addMonths(today, DEFAULT_LISTING_MONTHS),
  };
}

export function emptyNeedDraft(locale: string, organisationId: string, today: string): NeedDraft {
  return {
    ...emptyShared(locale, organisationId, today),
    challenge: {},
    challengeArea: '',
    changeSought: {},
    outcomes: [],
    deliveryMode: '',
    timeframeFrom: '',
    timeframeTo: '',
    contributesFunds: false,
    contributesInKind: false,
    contributionNote: {},
  };
}

export function emptyOfferDraft(locale: string, organisationId: string, today: string): OfferDraft {
  return {
    ...emptyShared(locale, organisationId, today),
    description: {},
    challengeAreas: [],
    deliveryModes: [],
    capabilityIds: [],
    experienceIds: [],
    capacityPerYear: '',
    costSharing: 'negotiable',
    costSharingNote: {},
    availableFrom: '',
    availableTo: '',
  };
}

const codesOf = (items: readonly { code: string }[]) => items.map((i) => i.code);

function sharedDraftOf(r: Need | Offer, texts: Texts[], locale: string): SharedDraft {
  return {
    organisationId: r.organisation.id,
    languages: draftLanguages(r.defaultLocale, [r.titles, ...texts], locale),
    titles: { ...r.titles },
    sectors: codesOf(r.sectors),
    sdgTargets: codesOf(r.sdgTargets),
    instruments: codesOf(r.instruments),
    spoken: codesOf(r.languages),
    dimensions: codesOf(r.dimensions),
    visibility: r.visibility,
    status: r.status,
    expiresOn: r.expiresOn,
  };
}

export function needDraftOf(n: Need, locale: string): NeedDraft {
  return {
    ...sharedDraftOf(n, [n.challenge, n.changeSought, n.contributionNote], locale),
    challenge: { ...n.challenge },
    challengeArea: n.challengeArea.code,
    changeSought: { ...n.changeSought },
    outcomes: codesOf(n.outcomes),
    deliveryMode: n.deliveryMode?.code ?? '',
    timeframeFrom: n.timeframeFrom ?? '',
    timeframeTo: n.timeframeTo ?? '',
    contributesFunds: n.contributesFunds,
    contributesInKind: n.contributesInKind,
    contributionNote: { ...n.contributionNote },
  };
}

export function offerDraftOf(o: Offer, locale: string): OfferDraft {
  return {
    ...sharedDraftOf(o, [o.description, o.costSharingNote], locale),
    description: { ...o.description },
    challengeAreas: codesOf(o.challengeAreas),
    deliveryModes: codesOf(o.deliveryModes),
    capabilityIds: o.capabilities.map((c) => c.id),
    experienceIds: o.experiences.map((e) => e.id),
    capacityPerYear: o.capacityPerYear === null ? '' : String(o.capacityPerYear),
    costSharing: o.costSharing,
    costSharingNote: { ...o.costSharingNote },
    availableFrom: o.availableFrom ?? '',
    availableTo: o.availableTo ?? '',
  };
}

// ---- Drafts → API bodies -------------------------------------------------------------------

/** An optional day: empty is "not stated" (null). */
const dayOrNull = (text: string) => text.trim() || null;

/** A whole number, or what was typed, so the API names the field rather than the form guessing. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return (Number.isFinite(n) ? n : trimmed) as number;
}

function sharedBody(d: SharedDraft) {
  return {
    title: onlyFilled(d.titles, d.languages),
    defaultLocale: (d.languages[0] ?? 'en') as Locale,
    sectors: d.sectors,
    sdgTargets: d.sdgTargets,
    instruments: d.instruments,
    languages: d.spoken,
    dimensions: d.dimensions,
    visibility: d.visibility,
    status: d.status,
    // Sent even when empty: the API then says the date is missing, beside the field.
    expiresOn: d.expiresOn.trim(),
  };
}

/** Every field a need's edit may send (the PATCH sends those that changed). */
export type NeedFields = Required<NeedPatch>;
export type OfferFields = Required<OfferPatch>;

export function needFieldsOf(d: NeedDraft): NeedFields {
  return {
    ...sharedBody(d),
    challenge: onlyFilled(d.challenge, d.languages),
    // Sent even when empty: the API then names the field and asks for a choice.
    challengeArea: d.challengeArea,
    changeSought: onlyFilled(d.changeSought, d.languages),
    outcomes: d.outcomes,
    deliveryMode: d.deliveryMode || null,
    timeframeFrom: dayOrNull(d.timeframeFrom),
    timeframeTo: dayOrNull(d.timeframeTo),
    contributesFunds: d.contributesFunds,
    contributesInKind: d.contributesInKind,
    contributionNote: onlyFilled(d.contributionNote, d.languages),
  };
}

export function offerFieldsOf(d: OfferDraft): OfferFields {
  return {
    ...sharedBody(d),
    description: onlyFilled(d.description, d.languages),
    challengeAreas: d.challengeAreas,
    deliveryModes: d.deliveryModes,
    capabilityIds: d.capabilityIds,
    experienceIds: d.experienceIds,
    capacityPerYear: wholeNumber(d.capacityPerYear),
    costSharing: d.costSharing,
    costSharingNote: onlyFilled(d.costSharingNote, d.languages),
    availableFrom: dayOrNull(d.availableFrom),
    availableTo: dayOrNull(d.availableTo),
  };
}

/** The body of POST /needs. */
export const needBodyOf = (d: NeedDraft): NeedBody => ({
  organisationId: d.organisationId,
  ...needFieldsOf(d),
});

/** The body of POST /offers. */
export const offerBodyOf = (d: OfferDraft): OfferBody => ({
  organisationId: d.organisationId,
  ...offerFieldsOf(d),
});
