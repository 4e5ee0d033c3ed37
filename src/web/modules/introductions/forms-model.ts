import type { CostSharing } from '../../../shared/contracts/expertise.js';
import type { IntroductionBody, TermsPatch } from '../../../shared/contracts/introductions.js';
import type { Introduction } from './types.js';

/** The agreed terms as the form holds them: text everywhere, '' for "not stated". */
export interface TermsDraft {
  modality: string;
  instruments: string[];
  startDate: string;
  endDate: string;
  costSharing: CostSharing | '';
  notes: string;
}

/** The form's starting point from what is stored (every field optional in the contract). */
export function termsDraft(terms: Introduction['terms']): TermsDraft {
  return {
    modality: terms.modality ?? '',
    instruments: terms.instruments ?? [],
    startDate: terms.startDate ?? '',
    endDate: terms.endDate ?? '',
    costSharing: terms.costSharing ?? '',
    notes: terms.notes ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The PATCH body: every field sent, so clearing one in the form clears it on the server too. */
export function termsPatch(d: TermsDraft): TermsPatch {
  return {
    modality: orNull(d.modality),
    instruments: d.instruments,
    startDate: orNull(d.startDate),
    endDate: orNull(d.endDate),
    costSharing: d.costSharing === '' ? null : d.costSharing,
    notes: orNull(d.notes),
  };
}

/** True when nothing has been agreed in writing yet (the page then says so instead of a blank list). */
export function termsEmpty(terms: Introduction['terms']): boolean {
  return Object.values(termsPatch(termsDraft(terms))).every(
    (v) => v === null || (Array.isArray(v) && v.length === 0),
  );
}

/** The API path of an introduction (or one of its actions), answered in the reader's language. */
export function introductionPath(
  id: string,
  locale: string,
  action?: 'answer' | 'send' | 'terms' | 'feedback',
) {
  return `/introductions/${encodeURIComponent(id)}${action ? `/${action}` : ''}?locale=${locale}`;
}

/** The usefulness scale of feedback, 1 (not useful) to 5 (very useful). */
export const USEFULNESS = [1, 2, 3, 4, 5] as const;

/** The broker's proposal (or, unsent, suggestion) of a need's best offer match. */
export function proposalBody(
  needId: string,
  offerId: string,
  message: string,
  send: boolean,
): IntroductionBody {
  return { needId, offerId, message: message.trim(), send };
}

/** Where a stored match's candidate lives in the app. */
export function candidatePath(kind: string, id: string): string | null {
  const paths: Record<string, string> = {
    offer: `/offers/${id}`,
    need: `/needs/${id}`,
    capability: `/capabilities/${id}`,
    experience: `/experiences/${id}`,
    country: `/countries/${id}`,
  };
  return paths[kind] ?? null;
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole days since an instant (0 on the day itself), for "open for 12 days". */
export function ageInDays(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY));
}

/** A match score as the reader sees it: a whole number out of 100. */
export const scoreText = (score: number) => String(Math.round(score));
