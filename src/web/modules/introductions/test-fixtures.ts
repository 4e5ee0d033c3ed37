import type { Introduction, IntroductionSummary, Party } from './types.js';

/** Test data only: an introduction summary with sensible defaults, overridden field by field. */

const party = (id: string, name: string, acronym: string | null, countryCode: string): Party => ({
  id,
  name,
  acronym,
  countryCode,
});
const none = { answer: null, answeredAt: null, reason: null };

export function summary(over: Partial<IntroductionSummary> = {}): IntroductionSummary {
  return {
    id: 'i1',
    state: 'proposed',
    need: { id: 'n1', title: 'Social registry', status: 'open' },
    offer: { id: 'o1', title: 'Cadastro Único know-how', status: 'open' },
    seeker: party('s1', 'Ministry of Social Protection', 'MSP', 'KE'),
    provider: party('p1', 'Ministério do Desenvolvimento Social', 'MDS', 'BR'),
    proposedAs: 'seeker',
    seekerAnswer: { answer: 'accepted', answeredAt: '2026-03-01T10:00:00.000Z', reason: null },
    providerAnswer: none,
    expiresAt: '2026-03-31T10:00:00.000Z',
    agreedAt: null,
    mayAnswer: ['provider'],
    isDemo: false,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...over,
  };
}

export function detail(over: Partial<Introduction> = {}): Introduction {
  return {
    ...summary(),
    message: '',
    score: null,
    terms: {},
    contacts: null,
    feedback: [],
    abilities: {},
    ...over,
  };
}

export const noAnswer = none;
