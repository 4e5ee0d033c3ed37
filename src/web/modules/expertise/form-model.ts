import type {
  Availability,
  Capability,
  CapabilityPatch,
  ConsentMethod,
  CostSharing,
  Expert,
  ExpertPatch,
} from '../../../shared/contracts/expertise.js';
import type { Visibility } from '../../../shared/visibility.js';
import { draftLanguages, onlyFilled } from '../../components/forms/draft-model.js';

/**
 * What the capability and expert forms edit: plain strings and arrays, so a draft can be kept in
 * localStorage; and how a draft becomes the API body.
 */

export interface CapabilityDraft {
  /** Languages the texts are written in; the first is the record's default. */
  languages: string[];
  titles: Record<string, string>;
  descriptions: Record<string, string>;
  notes: Record<string, string>;
  sectors: string[];
  sdgTargets: string[];
  instruments: string[];
  /** Languages the exchange can take place in (the `languages` field of the API). */
  spoken: string[];
  capacityPerYear: string;
  costSharing: CostSharing;
  visibility: Visibility;
}

export function emptyCapabilityDraft(locale: string): CapabilityDraft {
  return {
    languages: [locale],
    titles: {},
    descriptions: {},
    notes: {},
    sectors: [],
    sdgTargets: [],
    instruments: [],
    spoken: [],
    capacityPerYear: '',
    costSharing: 'negotiable',
    visibility: 'public',
  };
}

const codesOf = (items: { code: string }[]) => items.map((i) => i.code);

export function capabilityDraftOf(c: Capability, locale: string): CapabilityDraft {
  return {
    languages: draftLanguages(c.defaultLocale, [c.titles, c.description, c.costSharingNote], locale),
    titles: { ...c.titles },
    descriptions: { ...c.description },
    notes: { ...c.costSharingNote },
    sectors: codesOf(c.sectors),
    sdgTargets: codesOf(c.sdgTargets),
    instruments: codesOf(c.instruments),
    spoken: codesOf(c.languages),
    capacityPerYear: c.capacityPerYear === null ? '' : String(c.capacityPerYear),
    costSharing: c.costSharing,
    visibility: c.visibility,
  };
}

/** A whole number, or what was typed (so the API names the field rather than the form guessing). */
function capacity(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return (Number.isFinite(n) ? n : trimmed) as number;
}

export type CapabilityFields = Required<CapabilityPatch>;

export function capabilityBodyOf(d: CapabilityDraft): CapabilityFields {
  return {
    title: onlyFilled(d.titles, d.languages),
    description: onlyFilled(d.descriptions, d.languages),
    costSharingNote: onlyFilled(d.notes, d.languages),
    sectors: d.sectors,
    sdgTargets: d.sdgTargets,
    instruments: d.instruments,
    languages: d.spoken,
    capacityPerYear: capacity(d.capacityPerYear),
    costSharing: d.costSharing,
    visibility: d.visibility,
    defaultLocale: (d.languages[0] ?? 'en') as CapabilityFields['defaultLocale'],
  };
}

export interface ExpertDraft {
  fullName: string;
  jobTitle: string;
  email: string;
  /** Languages the areas of expertise are written in. */
  languages: string[];
  expertise: Record<string, string>;
  sectors: string[];
  spoken: string[];
  availability: Availability;
  availabilityNote: string;
  capabilityIds: string[];
  consentGivenOn: string;
  consentMethod: ConsentMethod | '';
}

export function emptyExpertDraft(locale: string, capabilityId?: string | null): ExpertDraft {
  return {
    fullName: '',
    jobTitle: '',
    email: '',
    languages: [locale],
    expertise: {},
    sectors: [],
    spoken: [],
    availability: 'available',
    availabilityNote: '',
    capabilityIds: capabilityId ? [capabilityId] : [],
    consentGivenOn: '',
    consentMethod: '',
  };
}

export function expertDraftOf(e: Expert, locale: string): ExpertDraft {
  return {
    fullName: e.fullName ?? '',
    jobTitle: e.jobTitle ?? '',
    email: e.email ?? '',
    languages: draftLanguages(e.expertiseLocale ?? locale, [e.expertiseTexts], locale),
    expertise: { ...e.expertiseTexts },
    sectors: codesOf(e.sectors),
    spoken: codesOf(e.languages),
    availability: e.availability,
    availabilityNote: e.availabilityNote ?? '',
    capabilityIds: e.capabilities.map((c) => c.id),
    consentGivenOn: e.consent?.givenOn ?? '',
    consentMethod: e.consent?.method ?? '',
  };
}

export type ExpertFields = Required<Omit<ExpertPatch, 'consent'>> & { consent: unknown };

export function expertBodyOf(d: ExpertDraft): ExpertFields {
  return {
    fullName: d.fullName.trim(),
    jobTitle: d.jobTitle.trim(),
    email: d.email.trim() || null,
    expertise: onlyFilled(d.expertise, d.languages),
    sectors: d.sectors,
    languages: d.spoken,
    availability: d.availability,
    availabilityNote: d.availabilityNote.trim(),
    capabilityIds: d.capabilityIds,
    // Left empty, the consent is sent as missing so the API refuses the record naming `consent`.
    consent:
      d.consentGivenOn || d.consentMethod
        ? { givenOn: d.consentGivenOn, method: d.consentMethod || undefined }
        : undefined,
  };
}
