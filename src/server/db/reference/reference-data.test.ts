import { describe, expect, it } from 'vitest';
import {
  CODELIST_NAMES,
  loadCodelists,
  loadCountries,
  loadCurrencies,
  loadLanguages,
  REFERENCE_LOCALES,
} from './reference-data.js';
import { VOCABULARIES, VOCABULARY_NAMES } from './vocabularies.js';

const CONTINENT_REGIONS = ['89', '298', '498', '589', '798', '889', '998'];

describe('IATI code lists', () => {
  const codelists = loadCodelists();

  it('holds every expected list, each non-empty with unique codes', () => {
    for (const name of CODELIST_NAMES) {
      const codes = codelists[name].map((item) => item.code);
      expect(codes.length, name).toBeGreaterThan(0);
      expect(new Set(codes).size, name).toBe(codes.length);
    }
  });

  it('gives every item an English name and a status', () => {
    for (const name of CODELIST_NAMES) {
      for (const item of codelists[name]) {
        expect(item.name.en, `${name} ${item.code}`).toMatch(/\S/);
        expect(['active', 'withdrawn']).toContain(item.status);
      }
    }
  });

  it('has DAC sector 11110 with English and French names in its category', () => {
    const sector = codelists.Sector.find((item) => item.code === '11110');
    expect(sector?.name.en).toBe('Education policy and administrative management');
    expect(sector?.name.fr).toMatch(/éducation/);
    expect(sector?.category).toBe('111');
    expect(codelists.SectorCategory.some((item) => item.code === '111')).toBe(true);
  });

  it('has SDG target 4.1 and 17 SDG goals', () => {
    expect(codelists['UNSDG-Targets'].some((item) => item.code === '4.1')).toBe(true);
    expect(codelists['UNSDG-Goals'].filter((item) => item.status === 'active')).toHaveLength(17);
  });

  it('has triangular co-operation as collaboration type 8', () => {
    const triangular = codelists.CollaborationType.find((item) => item.code === '8');
    expect(triangular?.name.en).toMatch(/triangular/i);
  });

  it('keeps withdrawn codes marked as withdrawn', () => {
    const westIndies = codelists.Region.find((item) => item.code === '380');
    expect(westIndies?.status).toBe('withdrawn');
  });

  it('has organisation registration agencies such as GB-COH', () => {
    const agency = codelists.OrganisationRegistrationAgency.find((item) => item.code === 'GB-COH');
    expect(agency?.name.en).toMatch(/Companies House/);
    expect(agency?.category).toBe('GB');
  });
});

describe('countries', () => {
  const countries = loadCountries();
  const byCode = new Map(countries.map((country) => [country.code, country]));

  it('lists only active countries, once each', () => {
    expect(countries.length).toBeGreaterThan(240);
    expect(byCode.size).toBe(countries.length);
    expect(countries.every((country) => country.status === 'active')).toBe(true);
    expect(byCode.has('AN')).toBe(false);
  });

  it('names every country in every interface language', () => {
    for (const country of countries) {
      for (const locale of REFERENCE_LOCALES) expect(country.name[locale], country.code).toMatch(/\S/);
    }
  });

  it('names Mexico and Singapore from CLDR', () => {
    expect(byCode.get('MX')?.name.es).toBe('México');
    expect(byCode.get('SG')?.name.zh).toBe('新加坡');
  });

  it('assigns every country a continental region from the IATI Region list', () => {
    const regionCodes = new Set(loadCodelists().Region.map((region) => region.code));
    for (const country of countries) {
      expect(CONTINENT_REGIONS, country.code).toContain(country.region);
      expect(regionCodes.has(country.region)).toBe(true);
    }
    expect(byCode.get('MX')?.region).toBe('498');
    expect(byCode.get('CN')?.region).toBe('798');
    expect(byCode.get('JO')?.region).toBe('589');
    expect(byCode.get('EG')?.region).toBe('298');
    expect(byCode.get('FJ')?.region).toBe('889');
    expect(byCode.get('TR')?.region).toBe('89');
  });
});

describe('languages and currencies', () => {
  it('names Spanish and Indonesian in every interface language', () => {
    const languages = new Map(loadLanguages().map((language) => [language.code, language]));
    expect(languages.get('es')?.name.es).toBe('Español');
    expect(languages.get('id')?.name.id).toBe('Indonesia');
    for (const language of languages.values()) {
      for (const locale of REFERENCE_LOCALES) expect(language.name[locale], language.code).toMatch(/\S/);
    }
  });

  it('names currencies in every interface language', () => {
    const currencies = new Map(loadCurrencies().map((currency) => [currency.code, currency]));
    expect(currencies.get('MXN')?.name.es).toBe('Peso mexicano');
    expect(currencies.get('USD')?.status).toBe('active');
    for (const currency of currencies.values()) {
      for (const locale of REFERENCE_LOCALES) expect(currency.name[locale], currency.code).toMatch(/\S/);
    }
  });
});

describe('product vocabularies', () => {
  it('defines exactly the named vocabularies', () => {
    expect(Object.keys(VOCABULARIES).sort()).toEqual([...VOCABULARY_NAMES].sort());
  });

  it('gives every item a code, labels and definitions in English, Spanish and French', () => {
    for (const name of VOCABULARY_NAMES) {
      for (const item of VOCABULARIES[name]) {
        const where = `${name}.${item.code}`;
        expect(item.code, where).toMatch(/^[a-z][a-z0-9_]*$/);
        for (const locale of ['en', 'es', 'fr'] as const) {
          expect(item.label[locale], where).toMatch(/\S/);
          expect(item.definition[locale].length, where).toBeGreaterThan(40);
        }
      }
    }
  });

  it('keeps codes unique within each vocabulary and parents inside it', () => {
    for (const name of VOCABULARY_NAMES) {
      const codes = VOCABULARIES[name].map((item) => item.code);
      expect(new Set(codes).size, name).toBe(codes.length);
      for (const item of VOCABULARIES[name]) {
        if (item.parent !== undefined) expect(codes, `${name}.${item.code}`).toContain(item.parent);
      }
    }
  });

  it('has the five lifecycle stages in order and twelve assessment dimensions', () => {
    expect(VOCABULARIES.lifecycle_stage.map((item) => item.code)).toEqual([
      'anchor',
      'define',
      'design',
      'implement',
      'measure',
    ]);
    expect(VOCABULARIES.assessment_dimension).toHaveLength(12);
  });

  it('models the triangular roles', () => {
    const roles = VOCABULARIES.country_role.map((item) => item.code);
    expect(roles).toEqual(
      expect.arrayContaining(['first_provider', 'second_provider', 'triangular_recipient', 'dual']),
    );
  });
});
