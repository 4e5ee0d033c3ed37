import { describe, expect, it } from 'vitest';
import { type ProfileDocument, profileDocumentSchema } from './contracts/country-profiles.js';
import { diffProfiles } from './country-profile-diff.js';
import { fieldValue, PROFILE_FIELDS } from './country-profile-fields.js';

const doc = (d: object = {}): ProfileDocument => profileDocumentSchema.parse(d);

describe('diffProfiles', () => {
  it('finds nothing between equal documents', () => {
    const d = doc({ countryRole: 'dual', history: { en: 'x' } });
    expect(diffProfiles(d, structuredClone(d))).toEqual([]);
  });

  it('reports leaves in display order, texts per language', () => {
    const before = doc({ strategy: { status: 'in_preparation' }, history: { en: 'Old', fr: 'Vieux' } });
    const after = doc({
      countryRole: 'provider',
      strategy: { status: 'adopted', year: 2021 },
      history: { es: 'Nuevo', en: 'New', fr: 'Vieux' },
      defaultLocale: 'es',
    });
    expect(diffProfiles(before, after)).toEqual([
      { path: 'countryRole', before: null, after: 'provider' },
      { path: 'strategy.status', before: 'in_preparation', after: 'adopted' },
      { path: 'strategy.year', before: null, after: 2021 },
      { path: 'history.en', before: 'Old', after: 'New' },
      { path: 'history.es', before: null, after: 'Nuevo' },
      { path: 'defaultLocale', before: 'en', after: 'es' },
    ]);
  });

  it('compares lists as a whole, in order', () => {
    const body = { name: { en: 'A' }, roles: ['lead_agency'] };
    const before = doc({ modalities: ['bilateral', 'triangular'], bodies: [body] });
    const after = doc({ modalities: ['triangular', 'bilateral'], bodies: [body, { name: { en: 'B' } }] });
    const changes = diffProfiles(before, after);
    expect(changes.map((c) => c.path)).toEqual(['modalities', 'bodies']);
    expect(changes[1]!.before).toHaveLength(1);
    expect(changes[1]!.after).toHaveLength(2);
  });

  it('treats missing, null and blank values as equal', () => {
    expect(diffProfiles(doc({ obstacles: { en: '' } }), doc({}))).toEqual([]);
    expect(diffProfiles(doc({ budgetLine: { exists: false } }), doc({}))).toEqual([
      { path: 'budgetLine.exists', before: false, after: null },
    ]);
  });

  it('covers every field of the document', () => {
    const leaves = (v: unknown, path: string): string[] =>
      v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length
        ? Object.entries(v).flatMap(([k, c]) => leaves(c, path ? `${path}.${k}` : k))
        : [path];
    const all = leaves(doc(), '').filter((p) => p !== 'defaultLocale');
    expect(all.sort()).toEqual(PROFILE_FIELDS.map((f) => f.path).sort());
    for (const f of PROFILE_FIELDS) expect(fieldValue(doc(), f.path)).not.toBeUndefined();
  });
});
