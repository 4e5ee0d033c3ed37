import { describe, expect, it } from 'vitest';
import type { DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import {
  ideaField,
  newIdea,
  newTopic,
  openSummary,
  restoreSummary,
  sameSummary,
  summaryBody,
  summaryProblems,
  topicField,
} from './summary-model.js';

const SUMMARY: DialogueSummaryResult = {
  dialogueId: 'd1',
  status: 'held',
  highlights: { en: 'Peer learning works.', es: 'El aprendizaje entre pares funciona.' },
  topics: [
    {
      id: 't1',
      position: 0,
      title: { en: 'Leadership' },
      ideas: [
        {
          id: 'i1',
          position: 0,
          text: { en: 'Champions at the top matter.' },
          dimension: { code: 'leadership', label: 'Leadership' },
          sector: null,
        },
        {
          id: 'i2',
          position: 1,
          text: { fr: 'Les réseaux comptent.' },
          dimension: null,
          sector: { code: '15110', label: 'Public sector policy' },
        },
      ],
    },
  ],
  attendance: { sites: [], total: null },
  revision: 2,
};

describe('the summary draft', () => {
  it('opens the server’s summary with its ids as keys, in the dialogue’s language first', () => {
    const d = openSummary(SUMMARY, 'en', 'pt');
    expect(d.languages).toEqual(['en', 'es', 'fr', 'pt']);
    expect(d.topics[0]).toMatchObject({ key: 't1', id: 't1', title: { en: 'Leadership' } });
    expect(d.topics[0]?.ideas.map((i) => [i.key, i.dimension, i.sector])).toEqual([
      ['i1', 'leadership', null],
      ['i2', null, '15110'],
    ]);
  });

  it('sends the whole summary with the ids it has, texts trimmed, blank languages left out', () => {
    const d = openSummary(SUMMARY, 'en', 'en');
    const idea = { ...newIdea(), text: { en: ' New idea ', es: '  ' } };
    const topic = { ...newTopic(), title: { en: 'Funding' }, ideas: [idea] };
    const body = summaryBody({ ...d, topics: [...d.topics, topic] }, true);
    expect(body.publish).toBe(true);
    expect(body.topics[1]).toEqual({
      title: { en: 'Funding' },
      ideas: [{ text: { en: 'New idea' }, dimension: null, sector: null }],
    });
    expect(body.topics[0]?.id).toBe('t1');
    expect(body.topics[0]?.ideas[1]).toEqual({
      id: 'i2',
      text: { fr: 'Les réseaux comptent.' },
      dimension: null,
      sector: '15110',
    });
  });

  it('leaves out the texts of a language taken off the draft', () => {
    const d = openSummary(SUMMARY, 'en', 'en');
    expect(summaryBody({ ...d, languages: ['en'] }).highlights).toEqual({ en: 'Peer learning works.' });
  });

  it('knows two drafts that send the same summary, whatever the order of languages', () => {
    const a = openSummary(SUMMARY, 'en', 'en');
    const b = {
      ...a,
      languages: [...a.languages].reverse(),
      highlights: { es: a.highlights.es ?? '', en: 'Peer learning works. ' },
    };
    expect(sameSummary(a, b)).toBe(true);
    expect(sameSummary(a, { ...a, topics: [] })).toBe(false);
  });

  it('finds topics without a title and ideas without a text, at their keyed fields', () => {
    const d = openSummary(SUMMARY, 'en', 'en');
    const blankIdea = { ...newIdea(), text: { en: '  ' } };
    const topic = { ...newTopic(), ideas: [blankIdea] };
    const problems = summaryProblems({ ...d, topics: [...d.topics, topic] });
    expect(problems).toEqual({
      [topicField(topic.key, 'title')]: 'topicTitle',
      [ideaField(topic.key, blankIdea.key, 'text')]: 'ideaText',
    });
  });

  it('makes a kept copy whole again, and refuses one it cannot use', () => {
    expect(restoreSummary({ highlights: {} } as never, ['en'])).toBeNull();
    const kept = restoreSummary(
      {
        highlights: { en: 'Hi' },
        topics: [{ title: { en: 'T' }, ideas: [{ text: { en: 'x' }, dimension: 7 }] }],
      } as never,
      ['en', 'es'],
    );
    expect(kept?.languages).toEqual(['en', 'es']);
    expect(kept?.topics[0]?.key).toMatch(/^new-/);
    expect(kept?.topics[0]?.ideas[0]).toMatchObject({ text: { en: 'x' }, dimension: null, sector: null });
    expect(kept?.topics[0]).not.toHaveProperty('id');
  });

  it('gives every new row a key of its own', () => {
    const keys = new Set([newTopic().key, newTopic().key, newIdea().key]);
    expect(keys.size).toBe(3);
  });
});
