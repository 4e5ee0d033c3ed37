import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../test/factories.js';
import { type Session, signUp } from '../../test/harness.js';
import { allIds, buildCapability, buildExpert, setUpExpertiseKit, visitor } from './expertise-test-kit.js';

let member: Session;
let expertId: string;
let capabilityId: string;
const kit = setUpExpertiseKit(async () => {
  member = await signUp(kit.t.app); // any signed-in member of the hub, of no organisation
  capabilityId = (await buildCapability(kit.owner, kit.org.id, { title: { en: 'Social registry design' } }))
    .id;
  expertId = (
    await buildExpert(kit.owner, kit.org.id, {
      fullName: 'Guadalupe Zárate Privacy',
      jobTitle: 'Head of Social Registries',
      email: 'g.zarate@example.org',
      expertise: { es: 'Registros sociales y focalización', en: 'Social registries and targeting' },
      capabilityIds: [capabilityId],
    })
  ).id;
});

const PERSONAL = [
  'Guadalupe',
  'Zárate',
  'Head of Social Registries',
  'g.zarate@example.org',
  'Back from leave',
];
const expectNoPersonalData = (text: string) => {
  for (const p of PERSONAL) expect(text).not.toContain(p);
};

describe('experts: visitors get no personal data', () => {
  it('list and detail leave out name, job title, e-mail and note, but keep the useful facts', async () => {
    const list = await visitor(kit.t, 'GET', '/api/v1/experts?q=registros');
    expect(list.statusCode).toBe(200);
    expectNoPersonalData(list.body);
    const item = list.json().items.find((i: { id: string }) => i.id === expertId);
    expect(item).toMatchObject({
      personal: false,
      fullName: null,
      jobTitle: null,
      email: null,
      availabilityNote: null,
      availability: 'limited',
      organisation: { id: kit.org.id, name: 'Agencia Mexicana de Pruebas' },
    });
    expect(item.sectors[0].code).toBe('16010');
    expect(item.languages[0].code).toBe('es');

    const detail = await visitor(kit.t, 'GET', `/api/v1/experts/${expertId}`);
    expect(detail.statusCode).toBe(200);
    expectNoPersonalData(detail.body);
    expect(detail.json()).toMatchObject({
      personal: false,
      consent: null,
      expertise: 'Social registries and targeting',
    });

    const capability = await visitor(kit.t, 'GET', `/api/v1/capabilities/${capabilityId}`);
    expectNoPersonalData(capability.body);
    expect(capability.json().experts[0]).toMatchObject({ id: expertId, fullName: null });
  });

  it('never matches a visitor’s search against a name, job title or e-mail', async () => {
    for (const q of ['Guadalupe', 'zarate', 'g.zarate@example.org', 'Head of Social']) {
      const res = await visitor(kit.t, 'GET', `/api/v1/experts?q=${encodeURIComponent(q)}`);
      expect(res.json().items, q).toEqual([]);
    }
  });

  it('exports without personal columns for visitors, as "Expert, organisation"', async () => {
    const csv = await visitor(kit.t, 'GET', `/api/v1/experts/export?format=csv&organisation=${kit.org.id}`);
    expect(csv.statusCode).toBe(200);
    expectNoPersonalData(csv.body);
    const [header, ...rows] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).not.toContain('Full name');
    expect(header).not.toContain('E-mail');
    expect(rows[0]).toContain('"Expert, Agencia Mexicana de Pruebas"');
    const xlsx = await visitor(kit.t, 'GET', `/api/v1/experts/export?format=xlsx&organisation=${kit.org.id}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = JSON.stringify(wb.worksheets[0]!.getSheetValues());
    expectNoPersonalData(values);
  });
});

describe('experts: signed-in members see personal data', () => {
  it('in the list, the detail and the export; and may search by name without accents', async () => {
    const list = await member.get('/api/v1/experts?q=zarate');
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([expertId]);
    expect(list.json().items[0]).toMatchObject({
      personal: true,
      fullName: 'Guadalupe Zárate Privacy',
      jobTitle: 'Head of Social Registries',
      email: 'g.zarate@example.org',
    });
    const detail = (await member.get(`/api/v1/experts/${expertId}`)).json();
    expect(detail.fullName).toBe('Guadalupe Zárate Privacy');
    // The consent record is for those who manage the expert.
    expect(detail.consent).toBeNull();
    expect((await kit.owner.get(`/api/v1/experts/${expertId}`)).json().consent.method).toBe('written');
    const csv = await member.get(`/api/v1/experts/export?format=csv&organisation=${kit.org.id}&locale=es`);
    const [header, row] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toContain('Nombre completo');
    expect(row).toContain('Guadalupe Zárate Privacy');
    expect(row).toContain('g.zarate@example.org');
    expect(row).toContain('Registros sociales y focalización');
  });
});

describe('experts: filters and pagination', () => {
  it('filters by availability, language, sector and country; pages without repeats', async () => {
    const ke = await buildOrganisation(kit.owner, { countryCode: 'KE' });
    const made: string[] = [];
    for (const [name, availability] of [
      ['Wanjiru', 'available'],
      ['Otieno', 'unavailable'],
      ['Achieng', 'available'],
      ['Kamau', 'limited'],
      ['Njeri', 'available'],
    ] as const) {
      made.push(
        (
          await buildExpert(kit.owner, ke.id, {
            fullName: `${name} Demo`,
            availability,
            languages: ['sw'],
            sectors: ['24010'],
          })
        ).id,
      );
    }
    const ids = async (q: string) =>
      ((await visitor(kit.t, 'GET', `/api/v1/experts?${q}&limit=100`)).json().items as { id: string }[]).map(
        (i) => i.id,
      );
    expect((await ids('country=KE')).sort()).toEqual([...made].sort());
    expect(await ids('country=KE&availability=unavailable')).toEqual([made[1]]);
    expect((await ids('language=sw')).sort()).toEqual([...made].sort());
    expect((await ids('sector=240')).sort()).toEqual([...made].sort());
    expect(await ids('sector=16010&country=KE')).toEqual([]);
    const bad = await visitor(kit.t, 'GET', '/api/v1/experts?availability=soon');
    expect(bad.json().error.field).toBe('availability');

    // Visitors page newest first; members by name. Each sees every row exactly once.
    const visitorPages = await allIds(kit.t, null, `/api/v1/experts?organisation=${ke.id}&limit=2`);
    expect(visitorPages.ids).toEqual([...made].reverse());
    const memberPages = await allIds(kit.t, member, `/api/v1/experts?organisation=${ke.id}&limit=2`);
    expect(memberPages.pages).toBe(3);
    const names = [];
    for (const id of memberPages.ids) names.push((await member.get(`/api/v1/experts/${id}`)).json().fullName);
    expect(names).toEqual(['Achieng Demo', 'Kamau Demo', 'Njeri Demo', 'Otieno Demo', 'Wanjiru Demo']);
  });
});

describe('experts: the audit trail keeps no personal data', () => {
  it('withholds personal values on create and update, and keeps only id and organisation on delete', async () => {
    const e = await buildExpert(kit.owner, kit.org.id, {
      fullName: 'Xochitl Auditada',
      email: 'xochitl@example.org',
    });
    await kit.owner.patch(`/api/v1/experts/${e.id}`, {
      jobTitle: 'Chief Auditable Officer',
      availability: 'available',
    });
    expect((await kit.owner.del(`/api/v1/experts/${e.id}`)).statusCode).toBe(200);
    const trail = await kit.owner.get(`/api/v1/audit/expert/${e.id}`);
    expect(trail.statusCode, trail.body).toBe(200);
    for (const p of ['Xochitl', 'Auditada', 'xochitl@example.org', 'Chief Auditable', 'Back from leave'])
      expect(trail.body).not.toContain(p);
    const entries = trail.json().items as {
      action: string;
      changes: { field: string; before: unknown; after: unknown }[];
    }[];
    expect(entries.map((x) => x.action)).toEqual(['expert.delete', 'expert.update', 'expert.create']);
    expect(entries[0]!.changes).toEqual([{ field: 'organisationId', before: kit.org.id, after: null }]);
    expect(entries[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'jobTitle', before: '•••', after: '•••' },
        { field: 'availability', before: 'limited', after: 'available' },
      ]),
    );
    // Nor does the raw table hold them.
    const raw = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity_id', '=', e.id)
      .execute();
    expect(JSON.stringify(raw)).not.toMatch(/Xochitl|xochitl@|Chief Auditable/);
    // A stranger cannot read the trail of the deleted expert.
    const stranger = await signUp(kit.t.app);
    expect((await stranger.get(`/api/v1/audit/expert/${e.id}`)).statusCode).toBe(404);
  });
});
