import type { z } from 'zod';
import type { IntroductionBody } from '../../../shared/contracts/introductions.js';
import type {
  MatchKind,
  matchFactorSchema,
  matchListSchema,
  matchSchema,
} from '../../../shared/contracts/marketplace.js';

export type Match = z.infer<typeof matchSchema>;
export type MatchFactor = z.infer<typeof matchFactorSchema>;
export type MatchListResponse = z.infer<typeof matchListSchema>;

/** The order of the sections: what can be introduced first (offers, needs), then what informs. */
export const KIND_ORDER: readonly MatchKind[] = ['offer', 'need', 'experience', 'capability', 'country'];

export interface MatchGroup {
  kind: MatchKind;
  items: Match[];
}

/** Matches by kind, in KIND_ORDER, best first within each; kinds without matches are left out. */
export function groupMatches(items: readonly Match[]): MatchGroup[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    // The API ranks them already; sorting again (stably) keeps that promise on screen.
    items: items.filter((m) => m.kind === kind).sort((a, b) => b.score - a.score),
  })).filter((g) => g.items.length > 0);
}

/** The page of a matched record (a peer country's id is its ISO code). */
export function matchHref(match: Pick<Match, 'kind' | 'id'>): string {
  const id = encodeURIComponent(match.id);
  switch (match.kind) {
    case 'offer':
      return `/offers/${id}`;
    case 'need':
      return `/needs/${id}`;
    case 'experience':
      return `/experiences/${id}`;
    case 'capability':
      return `/capabilities/${id}`;
    case 'country':
      return `/countries/${id}`;
  }
}

/** A score as shown: a whole number from 0 to 100. */
export function wholeScore(score: number): number {
  return Math.min(100, Math.max(0, Math.round(score)));
}

/** The API path of a need's or an offer's matches, in the reader's language. */
export function matchesPath(of: 'need' | 'offer', id: string, locale: string): string {
  return `/${of}s/${encodeURIComponent(id)}/matches?locale=${encodeURIComponent(locale)}`;
}

/** The record whose page lists the matches. */
export interface MatchSubject {
  kind: 'need' | 'offer';
  id: string;
}

/**
 * The introduction a match can become: a need and an offer, whichever side the page is on.
 * Null for matches that are not one (experiences, capabilities, peer countries).
 */
export function introductionFor(
  subject: MatchSubject,
  match: Pick<Match, 'kind' | 'id'>,
  message: string,
): Pick<IntroductionBody, 'needId' | 'offerId' | 'message'> | null {
  if (subject.kind === 'need' && match.kind === 'offer')
    return { needId: subject.id, offerId: match.id, message: message.trim() };
  if (subject.kind === 'offer' && match.kind === 'need')
    return { needId: match.id, offerId: subject.id, message: message.trim() };
  return null;
}

/** What the API says about a refused request (the parts of an ApiError read here). */
interface Refusal {
  status: number;
  code: string;
  message: string;
  field?: string | undefined;
  fields: Record<string, string>;
}

/** The introduction a refused proposal duplicates (the API points to it), as an app path. */
export function existingIntroductionPath(
  error: { location?: string | undefined } | undefined,
): string | null {
  const id = /^\/api\/v1\/introductions\/([0-9a-f-]{36})$/i.exec(error?.location ?? '')?.[1];
  return id ? `/introductions/${id}` : null;
}

/**
 * The server's reason for refusing a proposal, to show as it is: a duplicate, one's own
 * organisation, a closed need, not allowed to propose. Its message starts with the field it is
 * about (`providerOrganisationId: …`), which means nothing here, so that is left out. Null for
 * errors the general alert words better (network, server failure, the message being too long).
 */
export function refusalOf(error: Refusal): string | null {
  if (error.status < 400 || error.status >= 500 || error.field === 'message') return null;
  if (error.field) return error.fields[error.field] ?? error.message;
  return error.code === 'forbidden' && error.message ? error.message : null;
}
