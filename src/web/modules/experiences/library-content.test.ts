import { describe, expect, it } from 'vitest';
import type { ExperienceDocument } from '../../../shared/contracts/experiences.js';
import {
  contentLanguage,
  fileKind,
  formatBytes,
  isImage,
  participantsByRole,
  periodForm,
  shownText,
  storyLanguages,
} from './library-content.js';
import { facetOptions, yearOptions, yearSpans } from './library-facets.js';

/** A document with the contract's defaults, and the given fields. */
function doc(fields: Partial<ExperienceDocument>): ExperienceDocument {
  return {
    title: {},
    summary: {},
    challenge: {},
    approach: {},
    instruments: [],
    activityTypes: [],
    deliveryMode: null,
    durationMonths: null,
    participants: [],
    results: {},
    didNotWork: {},
    lessons: {},
    costs: { amount: null, currency: null, paidBy: {}, note: {} },
    periodStart: null,
    periodEnd: null,
    sectors: [],
    sdgTargets: [],
    modality: null,
    knowledgeModes: [],
    outcomes: [],
    assessmentDimensions: [],
    contact: { name: '', email: null },
    links: [],
    languages: [],
    ...fields,
  };
}

const story = doc({
  title: { es: 'Ventanilla única', en: 'Single window', fr: 'Guichet unique' },
  summary: { es: 'Resumen', en: 'Summary' },
  results: { es: 'Resultados' },
  languages: [
    { locale: 'en', status: 'machine' },
    { locale: 'es', status: 'original' },
    { locale: 'fr', status: 'reviewed' },
  ],
});

describe('the language a story is shown in', () => {
  it('is the reader’s when the story has it, with each field falling back to the original', () => {
    const lang = contentLanguage(story, 'en');
    expect(lang).toMatchObject({ locale: 'en', requested: 'en', original: 'es' });
    expect(shownText(story.title, lang)).toEqual({
      text: 'Single window',
      locale: 'en',
      fallback: false,
      machine: true,
    });
    expect(shownText(story.results, lang)).toEqual({
      text: 'Resultados',
      locale: 'es',
      fallback: true,
      machine: false,
    });
    expect(shownText(story.challenge, lang)).toBeNull();
  });

  it('is the original when the reader’s language is missing', () => {
    const lang = contentLanguage(story, 'zh');
    expect(lang.locale).toBe('es');
    expect(shownText(story.title, lang)).toMatchObject({ locale: 'es', fallback: false, machine: false });
  });

  it('copes with a story that lists no languages', () => {
    const bare = doc({ title: { pt: 'Saúde' } });
    expect(contentLanguage(bare, 'en').locale).toBe('pt');
    expect(contentLanguage(doc({}), 'fr').locale).toBe('fr');
    expect(contentLanguage(doc({ title: { fr: 'x' } }), 'fr').locale).toBe('fr');
  });

  it('lists the original first, then reviewed, then machine translations', () => {
    expect(storyLanguages(story).map((l) => l.locale)).toEqual(['es', 'fr', 'en']);
  });
});

describe('parts of the experience page', () => {
  it('groups participants by role in the template’s order', () => {
    const groups = participantsByRole([
      { role: 'recipient', countryCode: 'GT', organisationId: null, name: {} },
      { role: 'provider', countryCode: 'MX', organisationId: null, name: {} },
      { role: 'recipient', countryCode: 'HN', organisationId: null, name: {} },
    ]);
    expect(groups.map(([role, list]) => [role, list.map((p) => p.countryCode)])).toEqual([
      ['provider', ['MX']],
      ['recipient', ['GT', 'HN']],
    ]);
  });

  it('words file sizes and types', () => {
    expect(formatBytes(820, 'en')).toBe('820B');
    expect(formatBytes(2.5 * 1024 * 1024, 'fr')).toMatch(/^2,5\sMo$/);
    expect(formatBytes(14 * 1024 + 300, 'en')).toBe('14 kB');
    expect(formatBytes(3.24 * 1024 * 1024, 'en')).toBe('3.2 MB');
    expect(fileKind('report.final.PDF', 'application/pdf')).toBe('PDF');
    expect(fileKind('photo', 'image/svg+xml')).toBe('SVG');
    expect(isImage('image/jpeg')).toBe(true);
    expect(isImage('image/svg+xml')).toBe(false);
    expect(isImage('application/pdf')).toBe(false);
  });

  it('words a period of years', () => {
    expect(periodForm(2017, 2019)).toEqual({ form: 'range', start: 2017, end: 2019 });
    expect(periodForm(2018, 2018)).toEqual({ form: 'single', year: 2018 });
    expect(periodForm(2017, null)).toEqual({ form: 'since', start: 2017 });
    expect(periodForm(null, 2019)).toEqual({ form: 'until', end: 2019 });
    expect(periodForm(null, null)).toBeNull();
  });
});

describe('facet options', () => {
  const buckets = [
    { code: 'MX', label: 'Mexico', count: 12 },
    { code: 'BR', label: 'Brazil', count: 9 },
    { code: 'CO', label: 'Colombia', count: 4 },
  ];

  it('keeps the API’s order and ticks the selected codes', () => {
    expect(facetOptions(buckets, ['BR']).options.map((o) => [o.code, o.checked])).toEqual([
      ['MX', false],
      ['BR', true],
      ['CO', false],
    ]);
  });

  it('keeps a ticked code with no results, so it can be unticked', () => {
    const { options } = facetOptions(buckets, ['KE']);
    expect(options.at(-1)).toEqual({ code: 'KE', label: 'KE', count: 0, checked: true });
  });

  it('shows the first few plus any ticked one, and says how many wait', () => {
    expect(facetOptions(buckets, ['CO'], 1)).toEqual({
      options: [
        { code: 'MX', label: 'Mexico', count: 12, checked: false },
        { code: 'CO', label: 'Colombia', count: 4, checked: true },
      ],
      hidden: 1,
    });
    expect(facetOptions(undefined, []).options).toEqual([]);
  });

  it('reads the year facet’s spans (decades or single years), oldest first', () => {
    expect(
      yearSpans([
        { code: '2020', label: '2020–2029', count: 11 },
        { code: '2010', label: '2010–2019', count: 34 },
        { code: '2016', label: '2016', count: 2 },
        { code: 'unknown', label: '?', count: 2 },
        { code: '2000', label: '1990–1999', count: 1 },
      ]),
    ).toEqual([
      { start: 2000, end: 2000, label: '1990–1999', count: 1 },
      { start: 2010, end: 2019, label: '2010–2019', count: 34 },
      { start: 2016, end: 2016, label: '2016', count: 2 },
      { start: 2020, end: 2029, label: '2020–2029', count: 11 },
    ]);
  });

  it('starts the year range at a span’s first year and ends it at its last', () => {
    const spans = yearSpans([
      { code: '2010', label: '2010–2019', count: 34 },
      { code: '2020', label: '2020–2029', count: 11 },
    ]);
    const { from, to } = yearOptions(spans, null, null);
    expect(from.map((o) => o.value)).toEqual(['2010', '2020']);
    expect(to.map((o) => o.value)).toEqual(['2019', '2029']);
    expect(to[0]).toEqual({ value: '2019', label: '2010–2019', count: 34 });
  });

  it('keeps a year from the URL that no span offers', () => {
    const spans = yearSpans([{ code: '2010', label: '2010–2019', count: 34 }]);
    const { from, to } = yearOptions(spans, 2015, 2019);
    expect(from).toEqual([
      { value: '2010', label: '2010–2019', count: 34 },
      { value: '2015', label: '2015', count: null },
    ]);
    expect(to).toEqual([{ value: '2019', label: '2010–2019', count: 34 }]);
    expect(yearOptions([], 2001, null).from).toEqual([{ value: '2001', label: '2001', count: null }]);
  });
});
