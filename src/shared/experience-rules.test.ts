import { describe, expect, it } from 'vitest';
import { experienceDocumentSchema } from './contracts/experiences.js';
import { countWords, isStale, languagesUsed, staleBefore, submitProblems } from './experience-rules.js';

const doc = (d: object) => experienceDocumentSchema.parse(d);
const complete = {
  title: { es: 'Transferencias condicionadas' },
  summary: { es: 'México compartió su experiencia con Guatemala.' },
  challenge: { es: 'Hogares rurales pobres.' },
  approach: { es: 'Visitas de estudio.' },
  results: { es: 'La asistencia escolar aumentó.' },
  lessons: { es: 'Empezar por el padrón.' },
  participants: [
    { countryCode: 'MX', role: 'provider' },
    { name: { es: 'MIDES' }, role: 'recipient' },
  ],
  periodStart: 2019,
  sectors: ['16010'],
  modality: 'bilateral',
  knowledgeModes: ['transfer'],
  languages: [{ locale: 'es', status: 'original' }],
};
const fields = (d: object) => submitProblems(doc(d)).map((p) => p.field);

describe('countWords', () => {
  it('counts words separated by spaces and punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('Hello, world — it’s 2024!')).toBe(4);
    expect(countWords('l’expérience du Sénégal')).toBe(3);
  });

  it('counts two Chinese characters as one word, rounding up', () => {
    expect(countWords('知识共享')).toBe(2);
    expect(countWords('南南合作经验')).toBe(3);
    expect(countWords('中国 SSC 经验')).toBe(3);
    expect(countWords('知')).toBe(1);
  });
});

describe('submitProblems', () => {
  it('accepts a complete document', () => {
    expect(submitProblems(doc(complete))).toEqual([]);
  });

  it('needs every required text in the original language, not another one', () => {
    expect(fields({ ...complete, lessons: { en: 'Start with the registry.' } })).toEqual([
      'lessons',
      'languages',
    ]);
    expect(fields({ ...complete, title: { es: '   ' } })).toEqual(['title']);
  });

  it('limits the summary to 200 words in every language it has', () => {
    const long = { ...complete, summary: { es: 'corto', en: 'word '.repeat(201) } };
    const problems = submitProblems(
      doc({ ...long, languages: [...complete.languages, { locale: 'en', status: 'machine' }] }),
    );
    expect(problems).toEqual([
      {
        field: 'summary.en',
        key: 'errors:experiences.submit.summaryTooLong',
        params: { count: 201, max: 200 },
      },
    ]);
    const zh = { ...complete, summary: { es: 'corto', zh: '经'.repeat(401) } };
    expect(
      fields({ ...zh, languages: [...complete.languages, { locale: 'zh', status: 'reviewed' }] }),
    ).toEqual(['summary.zh']);
  });

  it('needs a provider and a recipient, each named somehow', () => {
    expect(fields({ ...complete, participants: [] })).toEqual(['participants', 'participants']);
    const unnamed = [...complete.participants, { role: 'funder' }];
    expect(fields({ ...complete, participants: unnamed })).toEqual(['participants.2']);
  });

  it('needs the classification and a coherent period', () => {
    expect(
      fields({ ...complete, periodStart: null, sectors: [], modality: null, knowledgeModes: [] }),
    ).toEqual(['periodStart', 'sectors', 'modality', 'knowledgeModes']);
    expect(fields({ ...complete, periodEnd: 2018 })).toEqual(['periodEnd']);
    expect(fields({ ...complete, periodEnd: 2019 })).toEqual([]);
  });

  it('needs exactly one original language, each listed once, covering every text', () => {
    // No original marked: the texts count in any language; the list itself is the problem.
    expect(fields({ ...complete, languages: [] })).toEqual(['languages', 'languages']);
    const two = [
      { locale: 'es', status: 'original' },
      { locale: 'en', status: 'original' },
    ];
    expect(submitProblems(doc({ ...complete, languages: two })).map((p) => p.key)).toEqual([
      'errors:experiences.submit.original',
    ]);
    const twice = [
      { locale: 'es', status: 'original' },
      { locale: 'es', status: 'reviewed' },
    ];
    expect(submitProblems(doc({ ...complete, languages: twice })).map((p) => p.key)).toEqual([
      'errors:experiences.submit.twice',
    ]);
    const fr = { ...complete, costs: { note: { fr: 'Partagés' } } };
    expect(submitProblems(doc(fr))).toEqual([
      { field: 'languages', key: 'errors:experiences.submit.unlisted', params: { locale: 'fr' } },
    ]);
    expect(languagesUsed(doc(fr)).sort()).toEqual(['es', 'fr']);
  });
});

describe('staleness', () => {
  const now = new Date('2026-06-28T22:00:00Z');
  it('is stale once verified more than 12 calendar months ago', () => {
    expect(staleBefore(now).toISOString()).toBe('2025-06-28T22:00:00.000Z');
    expect(isStale('2025-06-28T21:59:59Z', now)).toBe(true);
    expect(isStale('2025-06-28T22:00:00Z', now)).toBe(false);
    expect(isStale(null, now)).toBe(false);
  });
});
