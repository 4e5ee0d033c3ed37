import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { marketChanged } from './index.js';
import { buildNeed, buildOrganisation, needInput, setUpMarketKit, visitor } from './market-test-kit.js';

const kit = setUpMarketKit();
const url = '/api/v1/needs';

describe('needs: create, read, update, delete', () => {
  it('posts a need with named codes, the organisation’s country and abilities', async () => {
    const res = await kit.owner.post(url, needInput(kit.org.id, { sectors: ['15111', '151', '15111'] }));
    expect(res.statusCode, res.body).toBe(201);
    const n = res.json();
    expect(n).toMatchObject({
      title: 'Public investment management',
      status: 'open',
      visibility: 'public',
      expiresOn: '2026-12-31',
      expired: false,
      timeframeFrom: '2026-09-01',
      contributesFunds: true,
      contributesInKind: false,
    });
    expect(n.organisation).toMatchObject({ id: kit.org.id, countryCode: 'MX', countryName: 'Mexico' });
    expect(n.sectors.map((s: { code: string }) => s.code)).toEqual(['15111', '151']);
    expect(n.sectors[0].name).toBe('Public finance management (PFM)');
    expect(n.challengeArea.code).toBe('policy_instruments');
    expect(n.deliveryMode.code).toBe('blended');
    expect(n.outcomes.map((o: { code: string }) => o.code)).toEqual(['new_knowledge', 'enhanced_skills']);
    expect(n.abilities).toEqual({ update: true, delete: true, audit: true });

    const read = await visitor(kit.t, 'GET', `${url}/${n.id}?locale=es`);
    expect(read.statusCode).toBe(200);
    expect(read.json().organisation.countryName).toBe('México');
    expect(read.json().abilities).toEqual({ update: false, delete: false, audit: false });
  });

  it('writes the stemmed lexemes of every language and a search vector in the same write', async () => {
    const n = await buildNeed(kit.owner, kit.org.id, {
      title: { en: 'Managing public investments', es: 'Gestión de inversiones públicas', zh: '南南合作' },
      challenge: { en: 'Appraising projects', es: 'Evaluamos proyectos' },
      changeSought: {},
    });
    const row = await kit.t.runtime.deps.db
      .selectFrom('needs')
      .select(['lexemes', 'search_vector'])
      .where('id', '=', n.id)
      .executeTakeFirstOrThrow();
    expect(row.lexemes).toEqual(
      expect.arrayContaining([
        'invest',
        'manag',
        'apprais',
        'gestion',
        'inversion',
        'proyect',
        '南南',
        '南合',
        '合作',
      ]),
    );
    expect(row.search_vector).toBeTruthy();
    // Editing the texts rewrites them.
    await kit.owner.patch(`${url}/${n.id}`, { title: { fr: 'Gestion des investissements publics' } });
    const after = await kit.t.runtime.deps.db
      .selectFrom('needs')
      .select(['lexemes'])
      .where('id', '=', n.id)
      .executeTakeFirstOrThrow();
    expect(after.lexemes).toContain('invest');
    expect(after.lexemes).not.toContain('南南');
  });

  it('updates only what is sent; a status change is a PATCH; every write moves marketChanged()', async () => {
    const before = marketChanged();
    const n = await buildNeed(kit.owner, kit.org.id);
    expect(marketChanged()).toBe(before + 1);
    const res = await kit.owner.patch(`${url}/${n.id}`, {
      status: 'in_discussion',
      sdgTargets: ['16', '17.9'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('in_discussion');
    expect(res.json().sdgTargets.map((s: { code: string }) => s.code)).toEqual(['16', '17.9']);
    expect(res.json().title).toBe('Public investment management');
    const withdrawn = await kit.owner.patch(`${url}/${n.id}`, { status: 'withdrawn' });
    expect(withdrawn.json().status).toBe('withdrawn');
    expect(marketChanged()).toBe(before + 3);
  });

  it('deletes a need without introductions, and refuses (409) one that has some', async () => {
    const n = await buildNeed(kit.owner, kit.org.id);
    expect((await kit.owner.del(`${url}/${n.id}`)).statusCode).toBe(200);
    expect((await kit.owner.get(`${url}/${n.id}`)).statusCode).toBe(404);

    const other = await buildOrganisation(kit.owner, { countryCode: 'CO' });
    const m = await buildNeed(kit.owner, kit.org.id);
    await kit.t.runtime.deps.db
      .insertInto('introductions')
      .values({
        need_id: m.id,
        seeker_organisation_id: kit.org.id,
        provider_organisation_id: other.id,
        proposed_as: 'seeker',
        expires_at: new Date('2026-08-01T00:00:00Z'),
      } as never)
      .execute();
    const refused = await kit.owner.del(`${url}/${m.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/withdraw it instead/);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await kit.owner.get(`${url}/${randomUUID()}`)).statusCode).toBe(404);
    const bad = await kit.owner.get(`${url}/nope`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('id');
  });
});

describe('needs: bad input names the field', () => {
  const refused = async (overrides: Record<string, unknown>, field: string, message?: RegExp) => {
    const res = await kit.owner.post(url, needInput(kit.org.id, overrides));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
    if (message) expect(res.json().error.message).toMatch(message);
  };

  it('refuses a need without a challenge or a title', async () => {
    await refused({ challenge: {} }, 'challenge', /needs text in at least one language/);
    await refused({ challenge: { en: '  ' } }, 'challenge');
    await refused({ title: {} }, 'title');
    await refused({ challengeArea: '' }, 'challengeArea');
  });

  it('refuses an expiry in the past and a timeframe that ends before it starts', async () => {
    await refused({ expiresOn: '2026-06-27' }, 'expiresOn', /2026-06-27 is in the past/);
    await refused({ expiresOn: '31/12/2026' }, 'expiresOn');
    await refused(
      { timeframeFrom: '2027-01-01', timeframeTo: '2026-12-01' },
      'timeframeTo',
      /before it starts/,
    );
  });

  it('refuses unknown codes, naming the field and the code', async () => {
    await refused({ sectors: ['99999'] }, 'sectors', /99999 is not a DAC sector/);
    await refused({ sdgTargets: ['16.99'] }, 'sdgTargets', /16\.99/);
    await refused({ challengeArea: 'world_peace' }, 'challengeArea', /world_peace/);
    await refused({ outcomes: ['happiness'] }, 'outcomes', /happiness/);
    await refused({ dimensions: ['magic'] }, 'dimensions', /magic/);
    await refused({ instruments: ['teleportation'] }, 'instruments', /teleportation/);
    await refused({ deliveryMode: 'carrier_pigeon' }, 'deliveryMode', /carrier_pigeon/);
    await refused({ languages: ['xx'] }, 'languages', /xx is not a language/);
    await refused({ status: 'maybe' }, 'status');
  });

  it('refuses an organisation that does not exist, or has no country', async () => {
    await refused({ organisationId: randomUUID() }, 'organisationId');
    const stateless = await buildOrganisation(kit.owner, { countryCode: null });
    await refused({ organisationId: stateless.id }, 'organisationId', /has no country/);
  });

  it('checks a PATCH too, and saves nothing of a refused one', async () => {
    const n = await buildNeed(kit.owner, kit.org.id);
    const past = await kit.owner.patch(`${url}/${n.id}`, { expiresOn: '2026-01-01' });
    expect(past.json().error.field).toBe('expiresOn');
    const order = await kit.owner.patch(`${url}/${n.id}`, { timeframeTo: '2026-08-01' });
    expect(order.json().error.field).toBe('timeframeTo');
    const codes = await kit.owner.patch(`${url}/${n.id}`, { languages: ['es', 'qq'], status: 'closed' });
    expect(codes.json().error.field).toBe('languages');
    const read = (await kit.owner.get(`${url}/${n.id}`)).json();
    expect(read.status).toBe('open');
    expect(read.languages.map((l: { code: string }) => l.code)).toEqual(['es', 'en']);
  });
});

describe('needs: audit', () => {
  it('records create, update and delete on the need’s trail, readable by its owners', async () => {
    const n = await buildNeed(kit.owner, kit.org.id);
    await kit.owner.patch(`${url}/${n.id}`, { status: 'withdrawn' });
    await kit.owner.patch(`${url}/${n.id}`, { instruments: ['twinning'] });
    await kit.owner.del(`${url}/${n.id}`);
    const trail = await kit.owner.get(`/api/v1/audit/need/${n.id}`);
    expect(trail.statusCode, trail.body).toBe(200);
    const entries = trail.json().items as {
      action: string;
      changes: { field: string; before: unknown; after: unknown }[];
    }[];
    expect(entries.map((e) => e.action)).toEqual([
      'need.delete',
      'need.update',
      'need.status',
      'need.create',
    ]);
    expect(entries[2]!.changes).toEqual([{ field: 'status', before: 'open', after: 'withdrawn' }]);
    expect((await visitor(kit.t, 'GET', `/api/v1/audit/need/${n.id}`)).statusCode).toBe(401);
  });
});
