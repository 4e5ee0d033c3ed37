import { describe, expect, it } from 'vitest';
import { experienceDocumentSchema } from '../../../shared/contracts/experiences.js';
import {
  cjkBigrams,
  cjkSnippet,
  escapeHtml,
  languageTextsOf,
  MARK_START,
  MARK_STOP,
  normaliseName,
  safeSnippet,
  splitList,
  tsConfigOf,
  usesOperators,
} from './search-text.js';

describe('search text helpers', () => {
  it('splits CJK runs into overlapping bigrams and leaves other text alone', () => {
    expect(cjkBigrams('南南合作').trim()).toBe('南南 南合 合作');
    expect(cjkBigrams('水').trim()).toBe('水');
    expect(cjkBigrams('Mexico 农业技术 2024').replace(/\s+/g, ' ').trim()).toBe('Mexico 农业 业技 技术 2024');
  });

  it('maps languages to stemming configurations, Chinese and others to simple', () => {
    expect(['en', 'es', 'fr', 'pt', 'id', 'ar', 'zh', 'sw'].map(tsConfigOf)).toEqual([
      'english',
      'spanish',
      'french',
      'portuguese',
      'indonesian',
      'arabic',
      'simple',
      'simple',
    ]);
  });

  it('normalises names for trigram matching', () => {
    expect(normaliseName('  Agência   Brasileira de Cooperação ')).toBe('agencia brasileira de cooperacao');
  });

  it('escapes everything but the sentinel marks', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const marked = `<script>${MARK_START}alert${MARK_STOP}</script> & more`;
    expect(safeSnippet(marked)).toBe('&lt;script&gt;<mark>alert</mark>&lt;/script&gt; &amp; more');
    expect(safeSnippet('nothing marked')).toBeNull();
    expect(safeSnippet(null)).toBeNull();
  });

  it('highlights CJK matches around the first one', () => {
    const text = `${'前'.repeat(40)}推广节水灌溉<b>和</b>节水技术${'后'.repeat(40)}`;
    const s = cjkSnippet(text, '节水灌溉') ?? '';
    expect(s).toContain('<mark>节水灌溉</mark>');
    expect(s).toContain('<mark>节水</mark>技术');
    expect(s).toContain('&lt;b&gt;');
    expect(s.startsWith('… ')).toBe(true);
    expect(cjkSnippet(text, '森林')).toBeNull();
  });

  it('reads comma lists and recognises web-search syntax', () => {
    expect(splitList(' MX, ,KE,MX ')).toEqual(['MX', 'KE']);
    expect(splitList(undefined)).toEqual([]);
    expect(usesOperators('"cash transfers"')).toBe(true);
    expect(usesOperators('water -river')).toBe(true);
    expect(usesOperators('water or river')).toBe(true);
    expect(usesOperators('south-south cooperation')).toBe(false);
    expect(usesOperators('Bapenas')).toBe(false);
  });

  it('splits an experience into weighted text per language', () => {
    const doc = experienceDocumentSchema.parse({
      title: { en: 'Water', zh: '节水' },
      summary: { en: 'Summary' },
      challenge: { en: 'Challenge' },
      lessons: { en: 'Lessons' },
    });
    const { languages, all } = languageTextsOf(doc);
    expect(languages).toEqual([
      { locale: 'en', config: 'english', title: 'Water', summary: 'Summary', body: 'Challenge\nLessons' },
      { locale: 'zh', config: 'simple', title: ' 节水 ', summary: '', body: '' },
    ]);
    expect(all).toContain('Water');
    expect(all).not.toContain('节水');
  });
});
