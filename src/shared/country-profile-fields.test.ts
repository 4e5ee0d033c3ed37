import { describe, expect, it } from 'vitest';
import { profileDocumentSchema } from './contracts/country-profiles.js';
import {
  ENUM_VALUES,
  type FormatContext,
  fieldLabelKey,
  formatFieldValue,
  PROFILE_FIELDS,
} from './country-profile-fields.js';
import en from './i18n/en/country-fields.json' with { type: 'json' };

const field = (path: string) => PROFILE_FIELDS.find((f) => f.path === path)!;
const lookup = (key: string) =>
  key
    .replace(/^country-fields:/, '')
    .split('.')
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], en);
const ctx: FormatContext = {
  t: (key) => (lookup(key) as string | undefined) ?? key,
  locale: 'es',
  codeLabel: (vocabulary, code) => `${vocabulary}/${code}`,
  organisationName: (id) => (id === 'hidden' ? null : `Org ${id}`),
};

describe('PROFILE_FIELDS', () => {
  it('has an English label for every field, section and enum value', () => {
    for (const f of PROFILE_FIELDS) {
      expect(lookup(fieldLabelKey(f.path)), f.path).toEqual(expect.any(String));
      expect(lookup(`sections.${f.section}`), f.section).toEqual(expect.any(String));
    }
    for (const [name, values] of Object.entries(ENUM_VALUES))
      for (const v of values) expect(lookup(`${name}.${v}`), `${name}.${v}`).toEqual(expect.any(String));
  });
});

describe('formatFieldValue', () => {
  const d = profileDocumentSchema.parse({
    countryRole: 'dual',
    modalities: ['bilateral', 'regional'],
    bodies: [
      { organisationId: '11111111-1111-4111-8111-111111111111', roles: ['lead_agency', 'funder'] },
      { name: { en: 'Council', es: 'Consejo' }, roles: [] },
    ],
    strategy: { status: 'adopted', title: { en: 'Strategy' }, year: 2019 },
    nationalPlan: { mainstreamed: false },
    coordination: { memberIds: ['22222222-2222-4222-8222-222222222222'] },
    history: { fr: 'Histoire' },
    defaultLocale: 'fr',
  });
  const f = (path: string) => formatFieldValue(field(path), d, ctx);

  it('formats every kind as plain text in the reader’s language, with fallbacks', () => {
    expect(f('countryRole')).toBe('country_role/dual');
    expect(f('modalities')).toBe('ssc_modality/bilateral; ssc_modality/regional');
    expect(f('bodies')).toBe('Org 11111111-1111-4111-8111-111111111111 (Lead agency, Funder); Consejo');
    expect(f('strategy.status')).toBe('Adopted');
    expect(f('strategy.title')).toBe('Strategy');
    expect(f('strategy.year')).toBe('2019');
    expect(f('nationalPlan.mainstreamed')).toBe('No');
    expect(f('coordination.memberIds')).toBe('Org 22222222-2222-4222-8222-222222222222');
    expect(f('history')).toBe('Histoire');
  });

  it('leaves unanswered values empty', () => {
    for (const path of ['legalBasis.instrument', 'legalBasis.url', 'budgetLine.exists', 'obstacles'])
      expect(f(path)).toBe('');
  });
});
