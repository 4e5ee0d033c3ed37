import { describe, expect, it } from 'vitest';
import {
  ageInDays,
  candidatePath,
  introductionPath,
  proposalBody,
  scoreText,
  termsDraft,
  termsEmpty,
  termsPatch,
} from './forms-model.js';

describe('terms form ↔ API', () => {
  it('starts from what is stored, blanks for what is not', () => {
    expect(termsDraft({ modality: 'Study visit', startDate: '2026-05-01' })).toEqual({
      modality: 'Study visit',
      instruments: [],
      startDate: '2026-05-01',
      endDate: '',
      costSharing: '',
      notes: '',
    });
  });

  it('sends every field, trimmed, blanks as null so clearing a field clears it', () => {
    expect(
      termsPatch({
        modality: '  Study visit ',
        instruments: ['peer_review'],
        startDate: '2026-05-01',
        endDate: '',
        costSharing: 'cost_shared',
        notes: '   ',
      }),
    ).toEqual({
      modality: 'Study visit',
      instruments: ['peer_review'],
      startDate: '2026-05-01',
      endDate: null,
      costSharing: 'cost_shared',
      notes: null,
    });
  });

  it('knows when nothing has been written down', () => {
    expect(termsEmpty({})).toBe(true);
    expect(termsEmpty({ modality: null, instruments: [], notes: '' })).toBe(true);
    expect(termsEmpty({ instruments: ['x'] })).toBe(false);
  });
});

describe('broker board helpers', () => {
  it('builds a proposal of the best offer, sent or kept as a suggestion', () => {
    expect(proposalBody('n1', 'o1', '  Both run cash transfers ', false)).toEqual({
      needId: 'n1',
      offerId: 'o1',
      message: 'Both run cash transfers',
      send: false,
    });
  });

  it('links each kind of candidate to its page', () => {
    expect(candidatePath('offer', 'o1')).toBe('/offers/o1');
    expect(candidatePath('country', 'CL')).toBe('/countries/CL');
    expect(candidatePath('capability', 'c1')).toBe('/capabilities/c1');
    expect(candidatePath('unknown', 'x')).toBeNull();
  });

  it('counts whole days since posting, never negative', () => {
    const now = new Date('2026-03-11T09:00:00Z');
    expect(ageInDays('2026-03-01T10:00:00Z', now)).toBe(9);
    expect(ageInDays('2026-03-11T08:00:00Z', now)).toBe(0);
    expect(ageInDays('2026-03-12T08:00:00Z', now)).toBe(0);
  });

  it('rounds scores and builds API paths in the reader’s language', () => {
    expect(scoreText(71.5)).toBe('72');
    expect(introductionPath('i1', 'fr')).toBe('/introductions/i1?locale=fr');
    expect(introductionPath('i1', 'es', 'answer')).toBe('/introductions/i1/answer?locale=es');
  });
});
