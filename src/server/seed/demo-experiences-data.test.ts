import { describe, expect, it } from 'vitest';
import {
  type ExperienceDocument,
  experienceDocumentSchema,
  SUMMARY_MAX_WORDS,
} from '../../shared/contracts/experiences.js';
import { submitProblems } from '../../shared/experience-rules.js';
import { loadCodelists, loadCountries, loadCurrencies } from '../db/reference/reference-data.js';
import { VOCABULARIES, type VocabularyName } from '../db/reference/vocabularies.js';
import { DEMO_EXPERIENCES } from './demo-experiences-data.js';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';
import { DEMO_USERS } from './demo-users.js';

// The demo library is data, so it is checked like input: the contract, the committed reference
// codes, the workflow states and the languages the issue asks for.

const CLOCK_START = '2026-06-28';
const STALE_BEFORE = '2025-06-28';
const docs = DEMO_EXPERIENCES.map((e) => ({ e, doc: experienceDocumentSchema.parse(e.content) }));
const label = (e: (typeof DEMO_EXPERIENCES)[number]) => Object.values(e.content.title)[0] ?? '?';
const TEXT_FIELDS = [
  'title',
  'summary',
  'challenge',
  'approach',
  'results',
  'didNotWork',
  'lessons',
] as const;

/** Words separated by spaces; each Chinese character counts as one word (the strictest reading). */
function wordCount(text: string): number {
  const cjk = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const rest = text.replace(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/g, ' ').trim();
  return cjk + (rest ? rest.split(/\s+/).length : 0);
}
const vocab = (name: VocabularyName) => new Set(VOCABULARIES[name].map((i) => i.code));
const codelists = loadCodelists();
const active = (list: 'Sector' | 'UNSDG-Targets') =>
  new Set(codelists[list].filter((c) => c.status === 'active').map((c) => c.code));
const countries = new Set(loadCountries().map((c) => c.code));
const currencies = new Set(loadCurrencies().map((c) => c.code));
const originalOf = (doc: ExperienceDocument) => doc.languages.find((l) => l.status === 'original')?.locale;

describe('demo experiences data', () => {
  it('holds at least 44 stories, each a valid document with a unique title', () => {
    expect(DEMO_EXPERIENCES.length).toBeGreaterThanOrEqual(44);
    for (const e of DEMO_EXPERIENCES) {
      const parsed = experienceDocumentSchema.safeParse(e.content);
      expect(parsed.error?.issues ?? [], label(e)).toEqual([]);
    }
    const titles = DEMO_EXPERIENCES.map(label);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('uses only codes of the committed reference data', () => {
    const checks: [keyof ExperienceDocument, VocabularyName][] = [
      ['instruments', 'instrument'],
      ['activityTypes', 'activity_type'],
      ['knowledgeModes', 'knowledge_mode'],
      ['outcomes', 'intermediate_outcome'],
      ['assessmentDimensions', 'assessment_dimension'],
    ];
    const sectors = active('Sector');
    const targets = active('UNSDG-Targets');
    for (const { e, doc } of docs) {
      const name = label(e);
      for (const [field, list] of checks) {
        const known = vocab(list);
        for (const code of doc[field] as string[])
          expect(known.has(code), `${name}: ${field} ${code}`).toBe(true);
      }
      if (doc.deliveryMode) expect(vocab('delivery_mode').has(doc.deliveryMode), name).toBe(true);
      if (doc.modality) expect(vocab('ssc_modality').has(doc.modality), name).toBe(true);
      for (const code of doc.sectors) expect(sectors.has(code), `${name}: sector ${code}`).toBe(true);
      for (const code of doc.sdgTargets) expect(targets.has(code), `${name}: SDG ${code}`).toBe(true);
      for (const p of doc.participants) {
        if (p.countryCode) expect(countries.has(p.countryCode), `${name}: ${p.countryCode}`).toBe(true);
        expect(p.organisationId, name).toBeNull();
        expect(Object.values(p.name).some(Boolean), `${name}: participant without a name`).toBe(true);
      }
      if (doc.costs.currency) expect(currencies.has(doc.costs.currency), name).toBe(true);
    }
  });

  it('is written by demo users who belong to the owning organisation', () => {
    const orgKeys = new Set(DEMO_ORGANISATIONS.map((o) => o.key));
    for (const e of DEMO_EXPERIENCES) {
      expect(orgKeys.has(e.orgKey), label(e)).toBe(true);
      const author = DEMO_USERS.find((u) => u.email === e.authorEmail);
      expect(
        author?.memberships?.some(([key]) => key === e.orgKey),
        `${label(e)}: ${e.authorEmail}`,
      ).toBe(true);
    }
    expect(new Set(DEMO_EXPERIENCES.map((e) => e.orgKey)).size).toBeGreaterThanOrEqual(11);
    const participantCountries = new Set(
      docs.flatMap(({ doc }) => doc.participants.map((p) => p.countryCode)),
    );
    for (const code of ['CN', 'IN', 'ID', 'MX', 'SG', 'CO', 'BR', 'CL', 'MA', 'ZA', 'RW', 'KE', 'JP'])
      expect(participantCountries.has(code), code).toBe(true);
  });

  it('is written in several languages, each listed language with its title and summary', () => {
    const originals: Record<string, number> = {};
    for (const { e, doc } of docs) {
      const name = label(e);
      const locales = doc.languages.map((l) => l.locale);
      expect(new Set(locales).size, name).toBe(locales.length);
      expect(
        doc.languages.filter((l) => l.status === 'original'),
        name,
      ).toHaveLength(1);
      const original = originalOf(doc)!;
      originals[original] = (originals[original] ?? 0) + 1;
      for (const field of TEXT_FIELDS)
        for (const locale of Object.keys(doc[field]))
          expect(locales, `${name}: ${field}.${locale}`).toContain(locale);
      if (e.state === 'draft') continue;
      for (const locale of locales) {
        expect(doc.title[locale], `${name}: title.${locale}`).toBeTruthy();
        expect(doc.summary[locale], `${name}: summary.${locale}`).toBeTruthy();
      }
    }
    expect(originals.es).toBeGreaterThanOrEqual(8);
    expect(originals.fr).toBeGreaterThanOrEqual(5);
    expect(originals.pt).toBeGreaterThanOrEqual(5);
    expect(originals.zh).toBeGreaterThanOrEqual(3);
    expect(originals.id).toBeGreaterThanOrEqual(3);
    const others = Object.entries(originals).filter(([l]) => l !== 'en');
    for (const [, count] of others) expect(originals.en).toBeGreaterThan(count);
    const statuses = docs.flatMap(({ doc }) => doc.languages.map((l) => l.status));
    expect(statuses.filter((s) => s === 'machine').length).toBeGreaterThanOrEqual(4);
    expect(statuses.filter((s) => s === 'reviewed').length).toBeGreaterThanOrEqual(4);
  });

  it('keeps every summary within the word limit and marked as demo', () => {
    for (const { e, doc } of docs)
      for (const [locale, text] of Object.entries(doc.summary)) {
        expect(wordCount(text ?? ''), `${label(e)}: ${locale}`).toBeLessThanOrEqual(SUMMARY_MAX_WORDS);
        expect(text, `${label(e)}: ${locale}`).toContain('(Demo)');
      }
  });

  it('spreads the stories over the workflow states with consistent dates', () => {
    const count = (state: string) => DEMO_EXPERIENCES.filter((e) => e.state === state).length;
    expect(count('published') + count('stale')).toBeGreaterThanOrEqual(28);
    expect(count('stale')).toBeGreaterThanOrEqual(5);
    expect(count('in_review')).toBeGreaterThanOrEqual(4);
    expect(count('sent_back')).toBeGreaterThanOrEqual(3);
    expect(count('draft')).toBeGreaterThanOrEqual(4);
    expect(count('archived')).toBeGreaterThanOrEqual(2);
    for (const e of DEMO_EXPERIENCES) {
      const name = label(e);
      if (['published', 'stale', 'archived'].includes(e.state)) {
        expect(e.verifiedOn, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(e.verifiedOn!)), name).toBe(false);
        expect(e.verifiedOn! >= '2022-01-01' && e.verifiedOn! < CLOCK_START, name).toBe(true);
      } else expect(e.verifiedOn, name).toBeUndefined();
      if (e.state === 'stale') expect(e.verifiedOn! < STALE_BEFORE, name).toBe(true);
      if (e.state === 'published') expect(e.verifiedOn! >= STALE_BEFORE, name).toBe(true);
      if (e.state === 'sent_back') expect(e.reviewComment?.length ?? 0, name).toBeGreaterThan(20);
      else expect(e.reviewComment, name).toBeUndefined();
    }
    const years = DEMO_EXPERIENCES.flatMap((e) => (e.verifiedOn ? [e.verifiedOn.slice(0, 4)] : []));
    expect(new Set(years)).toEqual(new Set(['2022', '2023', '2024', '2025', '2026']));
  });

  it('fills every section of the template for submitted and published stories', () => {
    const submitted = docs.filter(({ e }) => !['draft', 'archived'].includes(e.state));
    for (const { e, doc } of submitted) {
      const name = label(e);
      const original = originalOf(doc)!;
      for (const field of TEXT_FIELDS)
        expect(doc[field][original]?.length ?? 0, `${name}: ${field}`).toBeGreaterThan(20);
      for (const field of [
        'instruments',
        'activityTypes',
        'sectors',
        'sdgTargets',
        'knowledgeModes',
      ] as const)
        expect(doc[field].length, `${name}: ${field}`).toBeGreaterThan(0);
      for (const field of ['outcomes', 'assessmentDimensions', 'links'] as const)
        expect(doc[field].length, `${name}: ${field}`).toBeGreaterThan(0);
      expect(doc.deliveryMode && doc.modality && doc.durationMonths, name).toBeTruthy();
      expect(doc.periodStart! <= doc.periodEnd!, name).toBe(true);
      const roles = doc.participants.map((p) => p.role);
      expect(roles, name).toContain('provider');
      expect(roles, name).toContain('recipient');
      expect(doc.contact.name, name).toMatch(/\(demo\)/);
    }
    for (const { e, doc } of docs) {
      if (doc.contact.email) expect(doc.contact.email, label(e)).toMatch(/@example\.org$/);
      for (const link of doc.links) expect(link.url, label(e)).toMatch(/^https:\/\//);
    }
    for (const { e, doc } of docs) if (e.state !== 'draft') expect(submitProblems(doc), label(e)).toEqual([]);
    const incompleteDrafts = docs.filter(
      ({ e, doc }) => e.state === 'draft' && !doc.results[originalOf(doc)!],
    );
    expect(incompleteDrafts.length).toBeGreaterThanOrEqual(2);
  });
});
