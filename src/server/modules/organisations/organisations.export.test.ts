import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../test/factories.js';
import { signUp, type TestApp, testApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t?.close());

describe('GET /organisations/export', () => {
  it('exports the visible directory as CSV with translated headers, neutralising formulas', async () => {
    const owner = await signUp(t.app);
    await buildOrganisation(owner, { name: { es: 'Agencia Exportada' }, acronym: '=cmd', countryCode: 'MX' });
    await buildOrganisation(owner, { name: { en: 'Hidden Network Agency' }, visibility: 'network' });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisations/export?format=csv&locale=es',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('kxhub-organisations.csv');
    const [header, ...rows] = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toContain('Nombre');
    const row = rows.find((r) => r.includes('Agencia Exportada'))!;
    expect(row).toContain("'=cmd");
    expect(row).toContain('México');
    expect(res.body).not.toContain('Hidden Network Agency');
    const member = await owner.get('/api/v1/organisations/export?format=csv');
    expect(member.body).toContain('Hidden Network Agency');
  });

  it('exports XLSX that a spreadsheet library reads back, with the same filters as the list', async () => {
    const owner = await signUp(t.app);
    await buildOrganisation(owner, { name: { en: 'Filter Me Agency' }, countryCode: 'PE' });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisations/export?format=xlsx&country=PE',
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Name');
    const names = ws.getColumn(1).values.slice(2);
    expect(names).toEqual(['Filter Me Agency']);
  });

  it('refuses an unknown format naming the field', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/organisations/export?format=pdf' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('format');
  });
});
