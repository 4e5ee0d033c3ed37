import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../shared/contracts/assessments.js';
import {
  applyPatch,
  dimensionOfField,
  draftOf,
  isEmptyPatch,
  localToday,
  mergePatch,
  missingDimensions,
  parseLinks,
} from './form-model.js';

const round = {
  assessedOn: '2026-05-12',
  participants: 'Working group',
  summary: { es: 'Resumen' },
  ratings: [
    {
      dimension: 'a',
      label: 'A',
      rating: 2,
      evidence: { fr: 'Preuve' },
      evidenceText: 'Preuve',
      links: ['https://e.org/1'],
    },
    { dimension: 'b', label: 'B', rating: null, evidence: {}, evidenceText: null, links: [] },
  ],
} as unknown as Assessment;

describe('the self-assessment form model', () => {
  it('starts from the round, the reader’s language first, links one per line', () => {
    const d = draftOf(round, 'en');
    expect(d.languages).toEqual(['en', 'es', 'fr']);
    expect(d.ratings.a).toEqual({ rating: 2, evidence: { fr: 'Preuve' }, links: 'https://e.org/1' });
    expect(missingDimensions(d, ['a', 'b', 'c'])).toEqual(['b', 'c']);
    expect(draftOf(round, 'es').languages).toEqual(['es', 'fr']);
  });

  it('merges patches per dimension and field, the later winning', () => {
    const p = mergePatch(
      { participants: 'x', ratings: { a: { rating: 1, links: ['https://e.org'] } } },
      { ratings: { a: { rating: 3 }, b: { evidence: { en: 'E' } } } },
    );
    expect(p).toEqual({
      participants: 'x',
      ratings: { a: { rating: 3, links: ['https://e.org'] }, b: { evidence: { en: 'E' } } },
    });
    expect(isEmptyPatch({})).toBe(true);
    expect(isEmptyPatch({ ratings: {} })).toBe(true);
    expect(isEmptyPatch({ ratings: { a: { rating: null } } })).toBe(false);
  });

  it('restores a kept patch over the loaded round, adding the languages it uses', () => {
    const d = applyPatch(draftOf(round, 'en'), {
      participants: 'Workshop',
      ratings: {
        b: { rating: 0, evidence: { pt: 'Nada' } },
        a: { links: ['https://e.org/2', 'https://e.org/3'] },
      },
    });
    expect(d.participants).toBe('Workshop');
    expect(d.ratings.b).toEqual({ rating: 0, evidence: { pt: 'Nada' }, links: '' });
    expect(d.ratings.a!.links).toBe('https://e.org/2\nhttps://e.org/3');
    expect(d.ratings.a!.rating).toBe(2);
    expect(d.languages).toEqual(['en', 'es', 'fr', 'pt']);
  });

  it('reads links, error fields and today’s date', () => {
    expect(parseLinks(' https://a.org \n\n https://b.org\r\n')).toEqual(['https://a.org', 'https://b.org']);
    expect(dimensionOfField('ratings.financing.links.0')).toBe('financing');
    expect(dimensionOfField('assessedOn')).toBeNull();
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
