import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { type Session, type TestApp, testApp } from '../../test/harness.js';
import { coordinator, countryUrl, draft, submittedRound, visitor } from './assessment-test-kit.js';

let t: TestApp;
let admin: Session;
let za: Session;
beforeAll(async () => {
  t = await testApp();
  admin = await buildUser(t, { isAdmin: true });
  za = await coordinator(t, 'ZA');
  await submittedRound(za, 'ZA', '2019-11-20', 1, '=HYPERLINK("http://evil")');
  await submittedRound(za, 'ZA', '2024-06-10', 3, 'South Africa');
  await submittedRound(admin, 'MA', '2024-06-01', 2, 'Maroc');
  await draft(za, 'ZA', { assessedOn: '2026-06-01', ratings: { financing: { rating: 4 } } });
});
afterAll(() => t?.close());

const csvLines = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

describe('GET /countries/:code/assessments/export', () => {
  it('exports every submitted round × dimension as CSV, formulas neutralised, drafts hidden', async () => {
    const res = await visitor(t, 'GET', `${countryUrl('ZA')}/export?format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('kxhub-assessments-za.csv');
    const [header, ...rows] = csvLines(res.body);
    expect(header).toBe(
      'Country,ISO 3166,Assessed on,Status,Dimension code,Dimension,Rating (0–4),Evidence,Links',
    );
    expect(rows).toHaveLength(24);
    expect(rows[0]).toMatch(
      /^South Africa,ZA,2024-06-10,Submitted,ke_strategy,Knowledge-exchange strategy,3,/,
    );
    expect(rows[12]).toContain(`"'=HYPERLINK(""http://evil"") (ke_strategy)"`);
    expect(res.body).not.toContain('2026-06-01');
  });

  it('includes the draft for the country’s editors, and heads columns in the reader’s language', async () => {
    const res = await za.get(`${countryUrl('ZA')}/export?format=csv&locale=fr`);
    const [header, ...rows] = csvLines(res.body);
    expect(header).toContain('Pays');
    expect(rows).toHaveLength(36);
    expect(rows[0]).toMatch(/^Afrique du Sud,ZA,2026-06-01,Brouillon,ke_strategy,/);
  });

  it('exports XLSX that a spreadsheet library reads back', async () => {
    const res = await visitor(t, 'GET', `${countryUrl('MA')}/export`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Country');
    expect(ws.rowCount).toBe(13);
    expect(ws.getRow(2).getCell(7).value).toBe(2);
  });

  it('refuses an unknown format and an unknown country', async () => {
    const res = await visitor(t, 'GET', `${countryUrl('ZA')}/export?format=pdf`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('format');
    expect((await visitor(t, 'GET', `${countryUrl('ZZ')}/export`)).statusCode).toBe(404);
  });
});

describe('GET /assessments/export (open data)', () => {
  it('gives the latest submitted rating of every country on every dimension', async () => {
    const res = await visitor(t, 'GET', '/api/v1/assessments/export?format=csv');
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = csvLines(res.body);
    expect(header).not.toContain('Status');
    expect(rows).toHaveLength(24);
    expect(rows.filter((r) => r.startsWith('South Africa,ZA,2024-06-10,'))).toHaveLength(12);
    expect(rows.some((r) => r.includes('2019-11-20') || r.includes('2026-06-01'))).toBe(false);
    expect(rows[0]).toMatch(/^Morocco,MA,2024-06-01,ke_strategy,Knowledge-exchange strategy,2,Maroc/);
  });
});

describe('the rubric', () => {
  const rubricUrl = '/api/v1/assessments/rubric';

  it('lists the twelve dimensions in order, each with five levels', async () => {
    const res = await visitor(t, 'GET', `${rubricUrl}?locale=es`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.dimensions).toHaveLength(12);
    expect(r.dimensions[0]).toMatchObject({
      code: 'ke_strategy',
      label: 'Estrategia de intercambio de conocimientos',
    });
    expect(r.dimensions[0].definition).toEqual(expect.any(String));
    expect(r.dimensions.every((d: { levels: unknown[] }) => d.levels.length === 5)).toBe(true);
    expect(r.abilities).toEqual({ edit: false });
  });

  it('lets a platform administrator rewrite a level, marked as edited and audited', async () => {
    const res = await admin.request({
      method: 'PUT',
      url: `${rubricUrl}/financing/2`,
      payload: {
        description: { en: 'A budget line exists but is not predictable.', es: 'Hay una partida.' },
      },
    });
    expect(res.statusCode).toBe(200);
    const level = res.json().dimensions.find((d: { code: string }) => d.code === 'financing').levels[2];
    expect(level).toEqual({
      level: 2,
      description: 'A budget line exists but is not predictable.',
      descriptions: { en: 'A budget line exists but is not predictable.', es: 'Hay una partida.' },
      edited: true,
    });
    const row = await t.runtime.deps.db
      .selectFrom('assessment_rubric_levels')
      .select('updated_by')
      .where('dimension', '=', 'financing')
      .where('level', '=', 2)
      .executeTakeFirstOrThrow();
    expect(row.updated_by).toBe(admin.userId);
    const entry = await t.runtime.deps.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type', 'actor_id'])
      .where('action', '=', 'assessment_rubric.update')
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({
      action: 'assessment_rubric.update',
      entity_type: 'vocabulary_item',
      actor_id: admin.userId,
    });
  });

  it('refuses everyone else: visitors 401, coordinators 403', async () => {
    const body = { description: { en: 'Hijacked' } };
    expect((await visitor(t, 'PUT', `${rubricUrl}/financing/2`, body)).statusCode).toBe(401);
    const res = await za.request({ method: 'PUT', url: `${rubricUrl}/financing/2`, payload: body });
    expect(res.statusCode).toBe(403);
  });

  it.each([
    ['teleportation/1', { description: { en: 'x' } }, 'dimension'],
    ['financing/5', { description: { en: 'x' } }, 'level'],
    ['financing/one', { description: { en: 'x' } }, 'level'],
    ['financing/1', { description: {} }, 'description'],
    ['financing/1', { description: { en: 'x'.repeat(1001) } }, 'description.en'],
  ])('refuses PUT %s naming %s', async (path, body, field) => {
    const res = await admin.request({ method: 'PUT', url: `${rubricUrl}/${path}`, payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });
});
