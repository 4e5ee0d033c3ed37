import { describe, expect, it } from 'vitest';
import { ASSESSMENT_RUBRIC } from './assessment-rubric.js';
import { VOCABULARIES } from './vocabularies.js';

const DIMENSIONS = VOCABULARIES.assessment_dimension.map((item) => item.code);
const LOCALES = ['en', 'es', 'fr'] as const;

describe('assessment rubric', () => {
  it('covers every dimension of the vocabulary, in its order, and nothing else', () => {
    expect(Object.keys(ASSESSMENT_RUBRIC)).toEqual(DIMENSIONS);
  });

  it('describes exactly five levels per dimension, in en, es and fr, each at most 300 characters', () => {
    for (const code of DIMENSIONS) {
      const levels = ASSESSMENT_RUBRIC[code] ?? [];
      expect(levels, code).toHaveLength(5);
      levels.forEach((level, index) => {
        for (const locale of LOCALES) {
          const text = level[locale];
          expect(text, `${code} ${index} ${locale}`).toMatch(/\S/);
          expect(text.length, `${code} ${index} ${locale}`).toBeLessThanOrEqual(300);
          expect(text, `${code} ${index} ${locale}`).toBe(text.trim());
        }
      });
    }
  });

  it('uses typographic apostrophes and gives every level its own text', () => {
    for (const code of DIMENSIONS) {
      for (const locale of LOCALES) {
        const texts = (ASSESSMENT_RUBRIC[code] ?? []).map((level) => level[locale]);
        expect(new Set(texts).size, `${code} ${locale}`).toBe(5);
        for (const text of texts) expect(text, `${code} ${locale}`).not.toContain("'");
      }
    }
  });
});
