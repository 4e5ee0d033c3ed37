import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '../../../shared/country-profile-fields.js';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import type { Session, TestApp } from '../../test/harness.js';
import { testApp } from '../../test/harness.js';
import { createProfile, publishable, savePublish, setIncomeGroup, visitorGet } from './country-test-kit.js';

let t: TestApp;
let admin: Session;
type Item = {
  code: string;
  name: string;
  hasProfile: boolean;
  countryRole: string | null;
  [k: string]: unknown;
};
const list = async (query = '') => {
  const res = await visitorGet(t, `/api/v1/countries${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Item[];
};
const codes = (items: Item[]) => items.map((i) => i.code);

beforeAll(async () => {
  t = await testApp();
  admin = await buildUser(t, { isAdmin: true });
  const amexcid = await buildOrganisation(admin, {
    name: { es: 'Agencia Mexicana de Cooperación', en: 'Mexican Agency' },
  });
  const lead = (organisationId: string | null, name: Record<string, string> = {}) => [
    { organisationId, name, roles: ['lead_agency' as const], note: {} },
  ];
  const publish = async (code: string, role: string, more: object = {}) => {
    await createProfile(admin, code);
    await savePublish(admin, code, publishable({ countryRole: role, ...more }));
  };
  await publish('MX', 'dual', {
    bodies: lead(amexcid.id),
    strategy: { status: 'adopted', title: { es: 'Programa de Cooperación' }, year: 2014, url: null },
    nationalPlan: { mainstreamed: true, how: {} },
  });
  await publish('CN', 'provider', { bodies: lead(null, { en: 'CIDCA', zh: '国家国际发展合作署' }) });
  await publish('IN', 'dual');
  await publish('ID', 'dual');
  await publish('SG', 'provider');
  await createProfile(admin, 'KE', publishable({ countryRole: 'recipient' })); // draft only
  await setIncomeGroup(t, 'MX', 'UM');
  await setIncomeGroup(t, 'CN', 'UM');
  await setIncomeGroup(t, 'IN', 'LM');
  await setIncomeGroup(t, 'ID', 'LM');
  await setIncomeGroup(t, 'SG', 'H');
  await setIncomeGroup(t, 'AQ', null); // Antarctica: not classified by the World Bank
});
afterAll(() => t?.close());

describe('GET /countries', () => {
  it('lists every active country with published data only, sorted by name', async () => {
    const items = await list();
    expect(items.length).toBeGreaterThan(200);
    const names = items.map((i) => i.name);
    expect(names).toEqual(
      [...names].sort((a, b) => new Intl.Collator('en', { sensitivity: 'base' }).compare(a, b)),
    );
    expect(items.find((i) => i.code === 'MX')).toMatchObject({
      name: 'Mexico',
      region: '498',
      regionName: expect.stringContaining('America'),
      incomeGroup: 'UM',
      hasProfile: true,
      countryRole: 'dual',
      countryRoleName: 'Provider and recipient (dual)',
      leadAgency: 'Mexican Agency',
      publishedAt: '2026-06-28T22:00:00.000Z',
    });
    expect(items.find((i) => i.code === 'CN')).toMatchObject({
      leadAgency: 'CIDCA',
      countryRole: 'provider',
    });
    expect(items.find((i) => i.code === 'KE')).toMatchObject({
      hasProfile: false,
      countryRole: null,
      leadAgency: null,
      publishedAt: null,
    });
    expect(items.find((i) => i.code === 'AQ')).toMatchObject({ incomeGroup: null, hasProfile: false });
  });

  it('names countries and sorts them in the reader’s language', async () => {
    const items = await list('?locale=es');
    expect(items.find((i) => i.code === 'MX')).toMatchObject({
      name: 'México',
      leadAgency: 'Agencia Mexicana de Cooperación',
    });
    const zh = await list('?locale=zh&q=CN');
    expect(zh.find((i) => i.code === 'CN')).toMatchObject({ name: '中国', leadAgency: '国家国际发展合作署' });
  });

  it('searches names in any language and codes, ignoring accents and case', async () => {
    expect(codes(await list('?q=mexico'))).toContain('MX');
    expect(codes(await list('?q=M%C3%89XICO&locale=es'))).toContain('MX');
    expect(codes(await list('?q=cote%20d'))).toEqual(['CI']);
    expect(codes(await list('?q=sg'))).toContain('SG');
    expect(await list('?q=nowhereland')).toEqual([]);
  });

  it('filters by region, income group, role and whether a profile is published', async () => {
    expect(codes(await list('?withProfile=true')).sort()).toEqual(['CN', 'ID', 'IN', 'MX', 'SG']);
    expect(codes(await list('?region=798&withProfile=true')).sort()).toEqual(['CN', 'ID', 'IN', 'SG']);
    expect(codes(await list('?incomeGroup=UM&withProfile=true')).sort()).toEqual(['CN', 'MX']);
    expect(codes(await list('?incomeGroup=LM&withProfile=true')).sort()).toEqual(['ID', 'IN']);
    expect(codes(await list('?incomeGroup=H'))).not.toContain('AQ');
    expect(codes(await list('?role=provider')).sort()).toEqual(['CN', 'SG']);
    expect(await list('?role=recipient')).toEqual([]); // Kenya's draft says recipient, unpublished
    const without = codes(await list('?withProfile=false'));
    expect(without).toContain('KE');
    expect(without).not.toContain('MX');
  });

  it('refuses bad filters naming the field', async () => {
    for (const [q, field] of [
      ['incomeGroup=XL', 'incomeGroup'],
      ['withProfile=yes', 'withProfile'],
      [`q=${'x'.repeat(300)}`, 'q'],
    ]) {
      const res = await visitorGet(t, `/api/v1/countries?${q}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
  });
});

describe('GET /countries/compare', () => {
  it('compares two countries in the order asked', async () => {
    const res = await visitorGet(t, '/api/v1/countries/compare?codes=MX,CN');
    expect(res.statusCode, res.body).toBe(200);
    const { countries } = res.json();
    expect(countries.map((c: { code: string }) => c.code)).toEqual(['MX', 'CN']);
    expect(countries[0].profile.content.strategy.status).toBe('adopted');
    expect(countries[0].profile.bodies[0].displayName).toBe('Mexican Agency');
  });

  it('compares five, with null for a country whose profile is not published', async () => {
    const res = await visitorGet(t, '/api/v1/countries/compare?codes=KE,MX,IN,ID,SG');
    expect(res.statusCode).toBe(200);
    const { countries } = res.json();
    expect(countries.map((c: { code: string }) => c.code)).toEqual(['KE', 'MX', 'IN', 'ID', 'SG']);
    expect(countries[0].profile).toBeNull();
    expect(countries.slice(1).every((c: { profile: unknown }) => c.profile !== null)).toBe(true);
  });

  it('refuses one, six, repeated, lower-case or unknown codes naming codes', async () => {
    for (const q of ['MX', 'MX,CN,IN,ID,SG,BR', 'MX,MX', 'mx,cn', 'MX,XX', '']) {
      const res = await visitorGet(t, `/api/v1/countries/compare?codes=${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.field).toBe('codes');
    }
    const unknown = await visitorGet(t, '/api/v1/countries/compare?codes=MX,XX,XY');
    expect(unknown.json().error.message).toContain('XX, XY');
  });
});

describe('exports', () => {
  const csvRows = (body: string) =>
    body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');

  it('exports a comparison as CSV: one row per field, one column per country, in the reader’s language', async () => {
    const res = await visitorGet(t, '/api/v1/countries/compare/export?codes=MX,KE&format=csv&locale=es');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('kxhub-compare-MX-KE.csv');
    const rows = csvRows(res.body);
    expect(rows[0]).toBe('Sección,Campo,México,Kenia');
    expect(rows).toHaveLength(1 + 2 + PROFILE_FIELDS.length);
    expect(rows[1]).toBe(',Versión,1,Sin perfil publicado');
    expect(rows).toContain(
      'Estrategia,Estrategia de cooperación Sur-Sur / intercambio de conocimientos,Adoptada,',
    );
    expect(rows).toContain('Rol y modalidades,Rol del país,Oferente y receptor (ambos),');
    expect(rows).toContain(
      'Arquitectura institucional,Entidades y sus roles,Agencia Mexicana de Cooperación (Agencia rectora),',
    );
    expect(rows).toContain('Plan nacional de desarrollo,Integrada en el plan nacional de desarrollo,Sí,');
    expect(rows).toContain('Estrategia,Título de la estrategia,Programa de Cooperación,');
  });

  it('exports a comparison as XLSX that a spreadsheet library reads back', async () => {
    const res = await visitorGet(t, '/api/v1/countries/compare/export?codes=MX,CN,SG');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Country comparison');
    expect(ws.getRow(1).values).toEqual([undefined, 'Section', 'Field', 'Mexico', 'China', 'Singapore']);
    expect(ws.rowCount).toBe(1 + 2 + PROFILE_FIELDS.length);
    const roleRow = ws.getRow(4).values as unknown[];
    expect(roleRow.slice(2)).toEqual([
      'Role of the country',
      'Provider and recipient (dual)',
      'Provider',
      'Provider',
    ]);
  });

  it('exports the country list with the same filters as CSV and XLSX', async () => {
    const csv = await visitorGet(t, '/api/v1/countries/export?format=csv&withProfile=true');
    expect(csv.statusCode).toBe(200);
    const rows = csvRows(csv.body);
    expect(rows[0]).toBe(
      'Country,ISO 3166,Region,Income group,Published profile,Role of the country,Lead agency,Published,URL',
    );
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.startsWith('Mexico,'))).toContain(
      'Upper-middle income,Yes,Provider and recipient (dual),Mexican Agency,2026-06-28,/countries/MX',
    );
    const xlsx = await visitorGet(t, '/api/v1/countries/export?region=798');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const isoCodes = wb.worksheets[0]!.getColumn(2).values.slice(2);
    expect(isoCodes).toContain('CN');
    expect(isoCodes).not.toContain('MX');
  });

  it('refuses an unknown format naming the field', async () => {
    const res = await visitorGet(t, '/api/v1/countries/compare/export?codes=MX,CN&format=pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('format');
  });
});
