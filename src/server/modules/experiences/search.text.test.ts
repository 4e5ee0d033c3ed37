import { beforeAll, describe, expect, it } from 'vitest';
import { closestNames } from './search.repository.js';
import { ids, putExperience, search, setUpSearchKit } from './search-test-kit.js';

const kit = setUpSearchKit();
const enc = encodeURIComponent;

describe('GET /experiences: full text in every language', () => {
  let titleMatch: string;
  let bodyMatch: string;
  let spanish: string;
  let french: string;
  let portuguese: string;
  let indonesian: string;
  let chinese: string;
  beforeAll(async () => {
    bodyMatch = await putExperience(kit, {
      content: {
        title: { en: 'Strengthening municipal services' },
        summary: { en: 'Municipal teams improved their services.' },
        approach: { en: 'Staff studied watershed councils, and watershed councils inspired the plan.' },
      },
    });
    titleMatch = await putExperience(kit, {
      content: {
        title: { en: 'Watershed councils for river basins' },
        summary: { en: 'Communities share the management of a river basin.' },
      },
    });
    spanish = await putExperience(kit, {
      content: {
        title: { es: 'Red de agencias del Sur' },
        summary: { es: 'La cooperación técnica entre agencias fortaleció la planificación.' },
        languages: [{ locale: 'es', status: 'original' }],
      },
    });
    french = await putExperience(kit, {
      org: kit.co,
      content: {
        title: { fr: 'Évaluations des politiques publiques' },
        results: { fr: 'Les ministères ont publié leurs évaluations annuelles.' },
      },
    });
    portuguese = await putExperience(kit, {
      content: {
        title: { pt: 'Aquisição de alimentos da agricultura familiar' },
        summary: { pt: 'Compras públicas de agricultores familiares para merenda escolar.' },
      },
    });
    indonesian = await putExperience(kit, {
      org: kit.id,
      content: {
        title: { id: 'Perencanaan pembangunan daerah' },
        summary: { id: 'Pemerintah daerah menyusun rencana pembangunan bersama masyarakat.' },
      },
    });
    chinese = await putExperience(kit, {
      content: {
        title: { zh: '南南合作中的农业技术推广' },
        summary: { zh: '中国与墨西哥开展农业技术交流，推广节水灌溉。' },
      },
    });
  });

  it('ranks a title match above a match in the body', async () => {
    const found = await search(kit, 'q=watershed&facets=false');
    expect(found.items.map((i) => i.id)).toEqual([titleMatch, bodyMatch]);
    expect(found.total).toBe(2);
  });

  it('stems Spanish: "cooperaciones" finds "cooperación" for a Spanish reader', async () => {
    expect(await ids(kit, `q=cooperaciones&locale=es`)).toContain(spanish);
    // An English reader gets Spanish stemming by filtering on Spanish.
    expect(await ids(kit, `q=cooperaciones&language=es`)).toContain(spanish);
  });

  it('stems French, Portuguese and Indonesian in their readers’ languages', async () => {
    expect(await ids(kit, `q=${enc('évaluation')}&locale=fr`)).toContain(french);
    expect(await ids(kit, `q=${enc('compra pública alimento')}&locale=pt`)).toContain(portuguese);
    expect(await ids(kit, `q=membangun&locale=id`)).toContain(indonesian);
  });

  it('finds Chinese text by character bigrams', async () => {
    expect(await ids(kit, `q=${enc('农业技术')}`)).toEqual([chinese]);
    expect(await ids(kit, `q=${enc('节水灌溉')}`)).toEqual([chinese]);
    expect(await ids(kit, `q=${enc('南南合作')}&locale=zh`)).toEqual([chinese]);
    expect(await ids(kit, `q=${enc('灌溉农业合作社')}`)).toEqual([]);
    const found = await search(kit, `q=${enc('节水灌溉')}&facets=false`);
    expect(found.items[0]?.snippet).toContain('推广<mark>节水灌溉</mark>。');
  });

  it('finds the same word in another language’s text through the unstemmed copy', async () => {
    // "cooperación" typed by an English reader: no English stem, but the word itself is indexed.
    expect(await ids(kit, `q=${enc('cooperación')}&locale=en`)).toContain(spanish);
    expect(await ids(kit, `q=${enc('agricultura familiar')}&locale=en`)).toContain(portuguese);
  });

  it('does not find what no text contains', async () => {
    expect(await ids(kit, 'q=qwxyzzy')).toEqual([]);
    expect(await ids(kit, `q=${enc('"river councils"')}`)).toEqual([]);
    expect(await ids(kit, `q=${enc('watershed -river')}`)).toEqual([bodyMatch]);
  });
});

describe('GET /experiences: names with typos', () => {
  let sg: string;
  let id: string;
  beforeAll(async () => {
    sg = await putExperience(kit, {
      org: kit.sg,
      content: {
        title: { en: 'Leadership programme for public servants' },
        participants: [
          { countryCode: 'SG', role: 'provider' },
          { countryCode: 'KE', role: 'recipient' },
        ],
      },
    });
    id = await putExperience(kit, {
      org: kit.id,
      content: {
        title: { en: 'Village funds monitoring' },
        participants: [{ countryCode: 'ID', role: 'recipient' }],
      },
    });
  });

  it('finds a country, an organisation and its acronym despite a typo', async () => {
    expect(await ids(kit, 'q=Singapur')).toContain(sg);
    expect(await ids(kit, 'q=Bapenas')).toContain(id);
    expect(await ids(kit, 'q=Bappenas')).toContain(id);
    expect(await ids(kit, 'q=Kenia')).toContain(sg);
    expect(await ids(kit, 'q=Singapur')).not.toContain(id);
  });

  it('corrects a misspelt country or organisation name to the one the library knows', async () => {
    const mz = await putExperience(kit, {
      org: kit.co,
      content: {
        title: { en: 'Coastal fisheries' },
        participants: [{ countryCode: 'MZ', role: 'recipient' }],
      },
    });
    const found = await search(kit, 'q=Mozambiqe&facets=false');
    expect(found.items.map((i) => i.id)).toEqual([mz]);
    expect(await ids(kit, 'q=Mosambik')).toEqual([mz]);
    expect(await ids(kit, `q=${encodeURIComponent('Amexcid coastal')}`)).toEqual([]);
  });

  it('knows the names of countries (every language) and organisations, acronyms included', async () => {
    const found = await closestNames(
      kit.t.runtime.deps.db,
      ['mozambiqe', 'bapenas', 'amexcidd', 'qwxyzzy'],
      0.5,
    );
    expect(Object.fromEntries(found.map((f) => [f.term, f.word]))).toEqual({
      mozambiqe: 'mozambique',
      bapenas: 'bappenas',
      amexcidd: 'amexcid',
    });
  });
});

describe('GET /experiences: snippets', () => {
  it('highlights the match and escapes everything else, markup included', async () => {
    const x = await putExperience(kit, {
      content: {
        title: { en: 'Budget transparency portal' },
        summary: {
          en: 'Citizens follow <script>alert("x")</script> spending & results on the zorbling portal.',
        },
      },
    });
    const found = await search(kit, 'q=zorbling&facets=false');
    expect(found.items.map((i) => i.id)).toEqual([x]);
    const snippet = found.items[0]?.snippet ?? '';
    expect(snippet).toContain('<mark>zorbling</mark>');
    expect(snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(snippet).toContain('&amp;');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toContain('<');
  });

  it('cannot be tricked into marking by the text itself', async () => {
    await putExperience(kit, {
      content: {
        title: { en: 'Marker test' },
        summary: { en: 'Quibbling \u0001forged\u0002 markers and quibbling.' },
      },
    });
    const found = await search(kit, 'q=quibbling&facets=false');
    const snippet = found.items[0]?.snippet ?? '';
    expect(snippet).toContain('<mark>');
    expect(snippet).not.toContain('<mark>forged</mark>');
  });

  it('gives no snippet without a text query', async () => {
    const found = await search(kit, 'facets=false&limit=5');
    expect(found.items.every((i) => i.snippet === null)).toBe(true);
  });
});

describe('GET /experiences: only the published library', () => {
  it('never finds drafts, experiences in review or archived ones', async () => {
    const word = 'frobnication';
    const published = await putExperience(kit, { content: { title: { en: `${word} published` } } });
    await putExperience(kit, { status: 'draft', content: { title: { en: `${word} draft` } } });
    await putExperience(kit, { status: 'in_review', content: { title: { en: `${word} in review` } } });
    await putExperience(kit, { status: 'archived', content: { title: { en: `${word} archived` } } });
    expect(await ids(kit, `q=${word}`)).toEqual([published]);
    const all = await ids(kit, 'sort=newest');
    expect(all).toContain(published);
    const found = await search(kit, `q=${word}`);
    expect(found.total).toBe(1);
  });

  it('refuses a query that is too long, naming the field', async () => {
    const res = await kit.t.app.inject({ method: 'GET', url: `/api/v1/experiences?q=${'a'.repeat(500)}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('q');
  });
});
