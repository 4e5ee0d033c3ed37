import { describe, expect, it } from 'vitest';
import { wordsForStems } from './stem-words.js';

describe('wordsForStems', () => {
  const text = [
    'Our ministries need to appraise and select public investment projects.',
    'Staff trained in project appraisal; management of the Treasury.',
  ];

  it('shows the shortest word of the text each stem came from', () => {
    expect(wordsForStems(['apprais', 'invest', 'project', 'ministri', 'manag'], text)).toEqual([
      'appraise',
      'investment',
      'project',
      'ministries',
      'management',
    ]);
  });

  it('keeps the word as written, and matches without accents or case', () => {
    expect(wordsForStems(['treasuri', 'cooper'], ['La Coopération Sud-Sud', 'The Treasury'])).toEqual([
      'Treasury',
      'Coopération',
    ]);
  });

  it('shows a stem with no source word, and Chinese bigrams, as they are', () => {
    expect(wordsForStems(['zzz', '合作'], ['南南合作 cooperation'])).toEqual(['zzz', '合作']);
  });

  it('lists a word once when two stems lead to it', () => {
    expect(wordsForStems(['proj', 'project'], ['project'])).toEqual(['project']);
  });

  it('is deterministic between words of the same length', () => {
    expect(wordsForStems(['plan'], ['plant planning plane'])).toEqual(['plane']);
  });
});
