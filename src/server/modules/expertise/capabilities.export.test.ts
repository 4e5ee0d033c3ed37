import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../test/factories.js';
import { buildCapability, setUpExpertiseKit, visitor } from './expertise-test-kit.js';

const kit = setUpExpertiseKit();

const csvRows = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

describe('GET /capabilities/export', () => {
  it('exports CSV with translated headers and names, neutralising formulas', async () => {
    const org = await buildOrganisation(kit.owner, { name: { en: 'Export Test Agency' }, countryCode: 'CO' });
    await buildCapability(kit.owner, org.id, {
      title: { es: '=Construcción de paz', en: 'Peace building' },
      defaultLocale: 'es',
      sectors: ['15220'],
      sdgTargets: ['16.1'],
      instruments: ['study_tour'],
      languages: ['es'],
      capacityPerYear: 6,
      costSharing: 'provider_funded',
    });
    const res = await visitor(kit.t, 'GET', '/api/v1/capabilities/export?format=csv&country=CO&locale=es');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('kxhub-capabilities.csv');
    const [header, row, ...rest] = csvRows(res.body);
    expect(rest).toEqual([]);
    expect(header).toBe(
      'Título,Organización,País,ISO 3166,Descripción,Sectores,Metas de los ODS,Instrumentos,Idiomas,Capacidad anual,Reparto de costos,URL',
    );
    expect(row).toContain("'=Construcción de paz");
    expect(row).toContain('Colombia');
    expect(row).toContain('15220 ');
    expect(row).toContain('16.1');
    expect(row).toContain('Visita de estudio');
    expect(row).toContain('Español');
    expect(row).toContain(',6,');
    expect(row).toContain('Financiado por el oferente');
    expect(row).toMatch(/\/capabilities\/[0-9a-f-]{36}$/);
  });

  it('exports XLSX that a spreadsheet library reads back, with the list’s filters', async () => {
    const org = await buildOrganisation(kit.owner, { countryCode: 'RW' });
    await buildCapability(kit.owner, org.id, {
      title: { en: 'Umuganda community work' },
      sdgTargets: ['11.3'],
    });
    await buildCapability(kit.owner, org.id, {
      title: { en: 'Girinka one cow per family' },
      sdgTargets: ['2.3'],
    });
    const res = await visitor(kit.t, 'GET', '/api/v1/capabilities/export?format=xlsx&country=RW&sdg=11');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Capabilities');
    expect(ws.getRow(1).getCell(1).value).toBe('Title');
    expect(ws.getColumn(1).values.slice(2)).toEqual(['Umuganda community work']);
  });

  it('refuses an unknown format naming the field', async () => {
    const res = await visitor(kit.t, 'GET', '/api/v1/capabilities/export?format=pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('format');
  });
});
