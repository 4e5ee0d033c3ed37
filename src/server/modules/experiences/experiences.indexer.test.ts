import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { indexExperience } from './experiences.indexer.js';
import { putExperience, setUpSearchKit } from './search-test-kit.js';

const kit = setUpSearchKit();

const indexed = async (id: string) => {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT original_locale, languages, country_codes, region_codes, sectors, sector_categories, sdg_targets,
      sdg_goals, modality, instruments, knowledge_modes, outcomes, assessment_dimensions, year_start, year_end,
      search_names, search_vector IS NOT NULL AS has_vector,
      (SELECT array_agg(lexeme ORDER BY lexeme) FROM unnest(search_vector)) AS lexemes
    FROM experiences WHERE id = ${id}::uuid`.execute(kit.t.runtime.deps.db);
  return rows[0] as Record<string, unknown> & { lexemes: string[] | null; search_names: string };
};

describe('indexExperience', () => {
  it('copies the published version into the search columns', async () => {
    const id = await putExperience(kit, {
      org: kit.id,
      content: {
        title: { es: 'Planificación municipal', en: 'Municipal planning' },
        summary: { es: 'Cooperación con Brasil.' },
        participants: [
          { countryCode: 'ID', role: 'recipient' },
          { countryCode: 'BR', role: 'provider' },
          { organisationId: kit.sg.id, role: 'facilitator' },
          { name: { en: 'Acme Foundation' }, role: 'funder' },
        ],
        sectors: ['15110', '43010'],
        sdgTargets: ['16.6', '11.3'],
        modality: 'triangular',
        instruments: ['twinning'],
        knowledgeModes: ['sharing'],
        outcomes: ['new_actions'],
        assessmentDimensions: ['financing'],
        periodStart: 2019,
        periodEnd: 2022,
        languages: [
          { locale: 'es', status: 'original' },
          { locale: 'en', status: 'reviewed' },
        ],
      },
    });
    const row = await indexed(id);
    expect(row).toMatchObject({
      original_locale: 'es',
      languages: ['es', 'en'],
      country_codes: ['ID', 'BR', 'SG'],
      sectors: ['15110', '43010'],
      sector_categories: ['151', '430'],
      sdg_targets: ['16.6', '11.3'],
      sdg_goals: ['16', '11'],
      modality: 'triangular',
      instruments: ['twinning'],
      knowledge_modes: ['sharing'],
      outcomes: ['new_actions'],
      assessment_dimensions: ['financing'],
      year_start: 2019,
      year_end: 2022,
      has_vector: true,
    });
    expect([...(row.region_codes as string[])].sort()).toEqual(['498', '798']);
    // Names: titles, organisations (acronyms too), participants, countries in every language.
    for (const name of [
      'planificacion municipal',
      'bappenas',
      'sce',
      'acme foundation',
      'brasil',
      'indonesia',
    ])
      expect(row.search_names).toContain(name);
    // Spanish stems, English stems, the unstemmed accent-free copy, and names.
    expect(row.lexemes).toEqual(
      expect.arrayContaining(['planif', 'plan', 'cooper', 'cooperacion', 'brasil', 'singapur']),
    );
  });

  it('clears the columns once the experience leaves the library', async () => {
    const id = await putExperience(kit, {
      content: {
        title: { en: 'Leaving soon' },
        participants: [{ countryCode: 'MX', role: 'provider' }],
        sectors: ['16010'],
      },
    });
    expect((await indexed(id)).country_codes).toEqual(['MX']);
    const db = kit.t.runtime.deps.db;
    await db.updateTable('experiences').set({ status: 'archived' }).where('id', '=', id).execute();
    await indexExperience(db, id);
    expect(await indexed(id)).toMatchObject({
      country_codes: [],
      sectors: [],
      sector_categories: [],
      languages: [],
      search_names: '',
      has_vector: false,
      lexemes: null,
    });
  });

  it('falls back to the owner’s country and the text languages when the document names none', async () => {
    const id = await putExperience(kit, { org: kit.co, content: { title: { fr: 'Sans pays' } } });
    expect(await indexed(id)).toMatchObject({
      country_codes: ['CO'],
      region_codes: ['498'],
      languages: ['fr'],
      original_locale: 'fr',
    });
  });

  it('ignores an id that does not exist', async () => {
    await expect(
      indexExperience(kit.t.runtime.deps.db, '00000000-0000-4000-8000-000000000000'),
    ).resolves.toBeUndefined();
  });
});
