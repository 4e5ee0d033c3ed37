import { describe, expect, it } from 'vitest';
import { putExperience, setUpSearchKit } from './search-test-kit.js';

const fx = {
  base: '',
  strong: '',
  category: '',
  country: '',
  titled: '',
  unrelated: '',
  archived: '',
  draft: '',
};
const kit = setUpSearchKit(async (k) => {
  const mx = [{ countryCode: 'MX', role: 'provider' }] as const;
  fx.base = await putExperience(k, {
    content: {
      title: { en: 'Conditional cash transfers in Guatemala' },
      summary: { en: 'Transfers tied to school attendance.' },
      participants: [...mx, { countryCode: 'GT', role: 'recipient' }],
      sectors: ['16010'],
      sdgTargets: ['1.3'],
      instruments: ['study_tour'],
      modality: 'bilateral',
      periodStart: 2015,
      periodEnd: 2017,
      languages: [{ locale: 'en', status: 'original' }],
    },
    viewCount: 12,
  });
  fx.strong = await putExperience(k, {
    content: {
      title: { en: 'Social registry reform' },
      participants: [...mx],
      sectors: ['16010'],
      sdgTargets: ['1.3'],
      instruments: ['study_tour'],
    },
  });
  fx.category = await putExperience(k, {
    org: k.co,
    content: {
      title: { en: 'Pension reform' },
      participants: [{ countryCode: 'CO', role: 'provider' }],
      sectors: ['16020'],
    },
  });
  fx.country = await putExperience(k, {
    org: k.co,
    content: {
      title: { en: 'Road maintenance' },
      participants: [{ countryCode: 'GT', role: 'recipient' }],
      sectors: ['21020'],
    },
  });
  fx.titled = await putExperience(k, {
    org: k.id,
    content: {
      title: { en: 'Conditional cash transfers in Indonesia' },
      participants: [{ countryCode: 'ID', role: 'recipient' }],
      sectors: ['15110'],
      sdgTargets: ['1.4'],
    },
  });
  fx.unrelated = await putExperience(k, {
    org: k.sg,
    content: {
      title: { en: '=HYPERLINK("http://evil.example") water pricing' },
      participants: [{ countryCode: 'SG', role: 'provider' }],
      sectors: ['14020'],
      sdgTargets: ['6.4'],
    },
  });
  fx.archived = await putExperience(k, {
    status: 'archived',
    content: {
      title: { en: 'Archived cash transfers' },
      participants: [...mx],
      sectors: ['16010'],
      sdgTargets: ['1.3'],
    },
  });
  fx.draft = await putExperience(k, {
    status: 'draft',
    content: { title: { en: 'Draft cash transfers' }, participants: [...mx], sectors: ['16010'] },
  });
});

const get = (url: string) => kit.t.app.inject({ method: 'GET', url: `/api/v1${url}` });

/** The CSV as rows of cells (quoted cells may hold commas, line breaks and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted && ch === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (quoted || ch !== '\r') {
      cell += ch;
    }
  }
  return rows;
}

describe('GET /experiences/export', () => {
  it('exports the matching published experiences as CSV with translated headers', async () => {
    const res = await get('/experiences/export?format=csv&country=MX,GT&locale=es');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toContain('kxhub-experiences.csv');
    const [header, ...rows] = parseCsv(res.body);
    const t = (key: string) => kit.t.runtime.deps.i18n.t('es', `experience-fields:export.${key}`);
    expect(header?.slice(0, 3)).toEqual([t('title'), t('organisation'), t('countries')]);
    expect(header).toHaveLength(19);
    // Newest first: base, strong, country (the draft and the archived one are never exported).
    expect(rows.map((r) => r[0])).toEqual([
      'Road maintenance',
      'Social registry reform',
      'Conditional cash transfers in Guatemala',
    ]);
    const base = rows[2] ?? [];
    expect(base[2]).toBe('México; Guatemala');
    expect(base[4]).toMatch(/^16010 /);
    expect(base[5]).toBe('1.3');
    expect(base[10]).toBe('2015');
    expect(base[17]).toBe('12');
    expect(base[18]).toBe(`http://kxhub.test/experiences/${fx.base}`);
  });

  it('uses the text query and neutralises formulas', async () => {
    const res = await get(`/experiences/export?format=csv&q=${encodeURIComponent('water pricing')}`);
    const [, ...rows] = parseCsv(res.body);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe(`'=HYPERLINK("http://evil.example") water pricing`);
  });

  it('exports XLSX by default', async () => {
    const res = await get('/experiences/export?sector=160');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an unknown format, naming the field', async () => {
    const res = await get('/experiences/export?format=pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('format');
  });
});

describe('GET /experiences/:id/similar', () => {
  it('ranks others by shared codes and alike titles, never itself nor unpublished ones', async () => {
    const res = await get(`/experiences/${fx.base}/similar`);
    expect(res.statusCode, res.body).toBe(200);
    const got = (res.json().items as { id: string }[]).map((i) => i.id);
    // strong: sector, category, goal, country, instrument (9.5); titled: goal and title (2 + up to 4);
    // category: a category (1.5); country: a country (1).
    expect(got).toEqual([fx.strong, fx.titled, fx.category, fx.country]);
    expect(got).not.toContain(fx.base);
    expect(got).not.toContain(fx.unrelated);
    expect(got).not.toContain(fx.archived);
    expect(got).not.toContain(fx.draft);
    expect(got.length).toBeLessThanOrEqual(5);
  });

  it('returns at most five', async () => {
    for (let i = 0; i < 5; i++)
      await putExperience(kit, {
        content: { title: { en: `Cash transfer variant ${i}` }, sectors: ['16010'], sdgTargets: ['1.3'] },
      });
    const res = await get(`/experiences/${fx.base}/similar`);
    expect((res.json().items as unknown[]).length).toBe(5);
  });

  it('is 404 for an experience not in the library, 400 for a malformed id', async () => {
    expect((await get(`/experiences/${fx.draft}/similar`)).statusCode).toBe(404);
    expect((await get(`/experiences/${fx.archived}/similar`)).statusCode).toBe(404);
    expect((await get('/experiences/00000000-0000-4000-8000-000000000000/similar')).statusCode).toBe(404);
    const bad = await get('/experiences/not-a-uuid/similar');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('id');
  });
});
