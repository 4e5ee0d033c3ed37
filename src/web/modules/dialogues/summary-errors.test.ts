import { describe, expect, it } from 'vitest';
import { keyedField, placeErrors } from './summary-errors.js';
import type { SummaryDraft } from './summary-model.js';
import { moveAt } from './summary-rows.js';

const idea = (key: string) => ({ key, text: { en: key }, dimension: null, sector: null });
const SENT: SummaryDraft = {
  languages: ['en'],
  highlights: {},
  topics: [
    { key: 'ta', title: { en: 'A' }, ideas: [idea('a1')] },
    { key: 'tb', title: { en: 'B' }, ideas: [] },
    { key: 'tc', title: { en: 'C' }, ideas: [idea('c1'), idea('c2')] },
  ],
};

describe('API errors placed at the summary editor’s fields', () => {
  it('names the row sent at that position by its key', () => {
    expect(keyedField('topics.2.ideas.0.dimension', SENT)).toBe('topics.tc.ideas.c1.dimension');
    expect(keyedField('topics.2.ideas.1.text.es', SENT)).toBe('topics.tc.ideas.c2.text.es');
    expect(keyedField('topics.0.title', SENT)).toBe('topics.ta.title');
    expect(keyedField('highlights.fr', SENT)).toBe('highlights.fr');
  });

  it('leaves for the error summary what no control shows', () => {
    expect(keyedField('topics', SENT)).toBeNull();
    expect(keyedField('topics.9.title', SENT)).toBeNull();
    expect(keyedField('topics.2.ideas.5.text', SENT)).toBeNull();
    expect(keyedField('topics.2.ideas.0.id', SENT)).toBeNull();
    expect(keyedField('topics.x.title', SENT)).toBeNull();
    expect(keyedField('publish', SENT)).toBeNull();
  });

  it('keeps an error beside its idea after the rows are reordered', () => {
    const { placed, shown } = placeErrors(
      { 'topics.2.ideas.0.dimension': 'unknown dimension', publish: 'not held' },
      SENT,
    );
    expect(shown).toEqual(['topics.2.ideas.0.dimension']);
    // The person moves topic C to the top: the error follows its idea, not position 2.
    const moved = moveAt(moveAt(SENT.topics, 2, -1), 1, -1);
    expect(moved.map((t) => t.key)).toEqual(['tc', 'ta', 'tb']);
    const [c] = moved;
    expect(placed[`topics.${c?.key}.ideas.${c?.ideas[0]?.key}.dimension`]).toBe('unknown dimension');
  });
});
