import type { z } from 'zod';
import type {
  boardItemSchema,
  IntroductionState,
  introductionSchema,
  introductionSummarySchema,
} from '../../../shared/contracts/introductions.js';
import { INTRODUCTION_STATES } from '../../../shared/contracts/introductions.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { Actor } from '../../../shared/permissions.js';
import type { BoardRecord } from './board.repository.js';
import { abilitiesOf, canSeeContacts, type IntroductionFacts, sidesOf } from './introductions.policy.js';
import type { IntroductionRecord } from './introductions.repository.js';

/** Rows → API objects by explicit allow-list, in the reader's language. */

type Summary = z.infer<typeof introductionSummarySchema>;
type Detail = z.infer<typeof introductionSchema>;

export const introductionFacts = (r: IntroductionRecord): IntroductionFacts => ({
  state: r.state,
  seeker: { organisationId: r.seeker_organisation_id, countryCode: r.seeker_country },
  provider: { organisationId: r.provider_organisation_id, countryCode: r.provider_country },
  seekerAnswer: r.seeker_answer,
  providerAnswer: r.provider_answer,
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toIntroductionSummary(r: IntroductionRecord, locale: string, actor: Actor): Summary {
  const may = abilitiesOf(actor, introductionFacts(r));
  return {
    id: r.id,
    state: r.state,
    need: {
      id: r.need_id,
      title: localized(r.need_title as LocaleMap, locale, r.need_locale),
      status: r.need_status,
    },
    offer:
      r.offer_id && r.offer_title
        ? {
            id: r.offer_id,
            title: localized(r.offer_title as LocaleMap, locale, r.offer_locale ?? undefined),
            status: r.offer_status ?? 'open',
          }
        : null,
    seeker: {
      id: r.seeker_organisation_id,
      name: localized(r.seeker_name as LocaleMap, locale, r.seeker_locale),
      acronym: r.seeker_acronym,
      countryCode: r.seeker_country,
    },
    provider: {
      id: r.provider_organisation_id,
      name: localized(r.provider_name as LocaleMap, locale, r.provider_locale),
      acronym: r.provider_acronym,
      countryCode: r.provider_country,
    },
    proposedAs: r.proposed_as,
    seekerAnswer: {
      answer: r.seeker_answer,
      answeredAt: iso(r.seeker_answered_at),
      reason: r.seeker_reason,
    },
    providerAnswer: {
      answer: r.provider_answer,
      answeredAt: iso(r.provider_answered_at),
      reason: r.provider_reason,
    },
    expiresAt: r.expires_at.toISOString(),
    agreedAt: iso(r.agreed_at),
    mayAnswer: [
      ...(may.answerAsSeeker ? ['seeker' as const] : []),
      ...(may.answerAsProvider ? ['provider' as const] : []),
    ],
    isDemo: r.is_demo,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export interface FeedbackRow {
  organisation_id: string;
  usefulness: number;
  comment: string;
  created_at: Date;
}

export function toIntroduction(
  r: IntroductionRecord,
  feedback: FeedbackRow[],
  actor: Actor,
  locale: string,
): Detail {
  const facts = introductionFacts(r);
  const contact = (name: string | null, email: string | null) =>
    name !== null && email !== null ? { name, email } : null;
  const given = new Set(feedback.map((f) => f.organisation_id));
  const sides = sidesOf(actor, facts);
  const orgOf = (s: 'seeker' | 'provider') =>
    s === 'seeker' ? r.seeker_organisation_id : r.provider_organisation_id;
  const abilities = {
    ...abilitiesOf(actor, facts),
    giveFeedback: r.state === 'agreed' && sides.some((s) => !given.has(orgOf(s))),
  };
  return {
    ...toIntroductionSummary(r, locale, actor),
    message: localized(r.message as LocaleMap, locale),
    score: r.score,
    terms: r.terms as Detail['terms'],
    contacts: canSeeContacts(actor, facts)
      ? {
          seeker: contact(r.seeker_contact_name, r.seeker_contact_email),
          provider: contact(r.provider_contact_name, r.provider_contact_email),
        }
      : null,
    feedback: feedback.map((f) => ({
      side: f.organisation_id === r.seeker_organisation_id ? ('seeker' as const) : ('provider' as const),
      organisationId: f.organisation_id,
      usefulness: f.usefulness,
      comment: f.comment,
      createdAt: f.created_at.toISOString(),
    })),
    abilities,
  };
}

/** Introductions grouped by state, every state present (empty where none). */
export function byState(rows: IntroductionRecord[], locale: string, actor: Actor) {
  const groups = Object.fromEntries(INTRODUCTION_STATES.map((s) => [s, [] as Summary[]])) as Record<
    IntroductionState,
    Summary[]
  >;
  for (const r of rows) groups[r.state].push(toIntroductionSummary(r, locale, actor));
  return groups;
}

export function toBoardItem(
  r: BoardRecord,
  best: { candidate_kind: string; candidate_id: string; score: number; title: LocaleMap | null } | undefined,
  locale: string,
): z.infer<typeof boardItemSchema> {
  return {
    need: {
      id: r.id,
      title: localized(r.title as LocaleMap, locale, r.default_locale),
      status: r.status,
      challengeArea: {
        code: r.challenge_area,
        name: localized((r.challenge_area_label ?? {}) as LocaleMap, locale) || r.challenge_area,
      },
      organisation: {
        id: r.organisation_id,
        name: localized(r.org_name as LocaleMap, locale, r.org_locale),
        acronym: r.org_acronym,
        countryCode: r.org_country,
      },
      createdAt: r.created_at.toISOString(),
      expiresOn: r.expires_on,
    },
    liveIntroductions: r.live_introductions,
    bestMatch: best
      ? {
          kind: best.candidate_kind,
          id: best.candidate_id,
          title: best.title ? localized(best.title, locale) || null : null,
          score: best.score,
        }
      : null,
  };
}
