import { describe, expect, it } from 'vitest';
import { experienceDocumentSchema } from './contracts/experiences.js';
import {
  ENUM_VALUES,
  EXPERIENCE_FIELDS,
  FIELD_SECTIONS,
  type FormatContext,
  fieldLabelKey,
  formatFieldValue,
  META_NAMES,
} from './experience-fields.js';
import en from './i18n/en/experience-fields.json' with { type: 'json' };
import es from './i18n/es/experience-fields.json' with { type: 'json' };

const lookup = (catalogue: object, key: string) =>
  key
    .replace(/^experience-fields:/, '')
    .split('.')
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], catalogue);

const HIDDEN = '22222222-2222-4222-8222-222222222222';
const ctx: FormatContext = {
  t: (key) => (lookup(en, key) as string | undefined) ?? key,
  locale: 'en',
  codeLabel: (source, code) => `${source}/${code}`,
  organisationName: (id) => (id === HIDDEN ? null : `Org ${id.slice(0, 4)}`),
  countryName: (code) => ({ MX: 'Mexico', GT: 'Guatemala' })[code] ?? code,
};

describe('EXPERIENCE_FIELDS', () => {
  it('covers every field of the document once, each section in order', () => {
    const paths = EXPERIENCE_FIELDS.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    const top = new Set(paths.map((p) => p.split('.')[0]));
    expect([...top].sort()).toEqual(Object.keys(experienceDocumentSchema.shape).sort());
    const sections = EXPERIENCE_FIELDS.map((f) => f.section).filter((s, i, all) => all.indexOf(s) === i);
    expect(sections).toEqual(FIELD_SECTIONS);
  });

  it('has an English and a Spanish label for every field, section, enum value and meta name', () => {
    for (const catalogue of [en, es]) {
      for (const f of EXPERIENCE_FIELDS)
        expect(lookup(catalogue, fieldLabelKey(f.path)), f.path).toEqual(expect.any(String));
      for (const s of FIELD_SECTIONS)
        expect(lookup(catalogue, `sections.${s}`), s).toEqual(expect.any(String));
      for (const [name, values] of Object.entries(ENUM_VALUES))
        for (const v of values)
          expect(lookup(catalogue, `${name}.${v}`), `${name}.${v}`).toEqual(expect.any(String));
      for (const m of META_NAMES) expect(lookup(catalogue, `meta.${m}`), m).toEqual(expect.any(String));
    }
  });
});

describe('formatFieldValue', () => {
  const d = experienceDocumentSchema.parse({
    title: { es: 'Transferencias', en: 'Transfers' },
    challenge: { es: 'Sólo en español' },
    participants: [
      { countryCode: 'MX', organisationId: '11111111-1111-4111-8111-111111111111', role: 'provider' },
      { countryCode: 'GT', name: { es: 'MIDES' }, role: 'recipient' },
      { organisationId: HIDDEN, name: {}, role: 'funder' },
    ],
    costs: { amount: 250000, currency: 'USD' },
    sectors: ['16010', '15110'],
    modality: 'bilateral',
    links: [{ url: 'https://example.org/report', title: 'Report' }, { url: 'https://example.org/x' }],
    languages: [
      { locale: 'es', status: 'original' },
      { locale: 'en', status: 'machine' },
    ],
  });
  const f = (path: string) => formatFieldValue(EXPERIENCE_FIELDS.find((x) => x.path === path)!, d, ctx);

  it('formats every kind as plain text in the reader’s language, with fallbacks', () => {
    expect(f('title')).toBe('Transfers');
    expect(f('challenge')).toBe('Sólo en español');
    expect(f('participants')).toBe('Org 1111, Mexico (Provider); MIDES, Guatemala (Recipient); Funder');
    expect(f('costs.amount')).toBe('250,000');
    expect(f('costs.currency')).toBe('USD');
    expect(f('sectors')).toBe('Sector/16010; Sector/15110');
    expect(f('modality')).toBe('ssc_modality/bilateral');
    expect(f('links')).toBe('Report <https://example.org/report>; https://example.org/x');
    expect(f('languages')).toBe('Español (Original); English (Machine translated, unreviewed)');
  });

  it('leaves unanswered values empty', () => {
    for (const path of ['summary', 'deliveryMode', 'durationMonths', 'periodStart', 'contact.email'])
      expect(f(path), path).toBe('');
  });
});
