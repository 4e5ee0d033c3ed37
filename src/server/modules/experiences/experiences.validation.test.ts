import { describe, expect, it } from 'vitest';
import {
  allCriteria,
  complete,
  create,
  expUrl,
  outcome,
  publish,
  put,
  setUpKit,
  visitor,
} from './experiences-test-kit.js';

const kit = setUpKit();
const url = '/api/v1/experiences';

describe('what a draft may hold', () => {
  it('refuses unknown codes, naming the field of the document', async () => {
    const cases: [object, string][] = [
      [{ sectors: ['16010', '99999'] }, 'content.sectors.1'],
      [{ sdgTargets: ['1.3', '18.1'] }, 'content.sdgTargets.1'],
      [{ instruments: ['hackathon'] }, 'content.instruments.0'],
      [{ activityTypes: ['presentation', 'dancing'] }, 'content.activityTypes.1'],
      [{ deliveryMode: 'telepathy' }, 'content.deliveryMode'],
      [{ modality: 'quadrangular' }, 'content.modality'],
      [{ knowledgeModes: ['osmosis'] }, 'content.knowledgeModes.0'],
      [{ outcomes: ['new_knowledge', 'fame'] }, 'content.outcomes.1'],
      [{ assessmentDimensions: ['luck'] }, 'content.assessmentDimensions.0'],
      [{ participants: [{ countryCode: 'XX', role: 'provider' }] }, 'content.participants.0.countryCode'],
      [
        { participants: [{ organisationId: '00000000-0000-4000-8000-000000000000', role: 'recipient' }] },
        'content.participants.0.organisationId',
      ],
      [{ costs: { amount: 1000, currency: 'XYZ' } }, 'content.costs.currency'],
    ];
    for (const [content, field] of cases) {
      const res = await kit.member.post(url, { organisationId: kit.org.id, content });
      expect(outcome(res), JSON.stringify(content)).toEqual({ status: 400, field });
    }
    const shape = await kit.member.post(url, { organisationId: kit.org.id, content: { periodStart: 1800 } });
    expect(outcome(shape)).toEqual({ status: 400, field: 'content.periodStart' });
    const unseen = await kit.member.post(url, {
      organisationId: '00000000-0000-4000-8000-000000000000',
      content: {},
    });
    expect(outcome(unseen)).toEqual({ status: 400, field: 'organisationId' });
  });

  it('accepts a complete document with known codes, currencies and organisations', async () => {
    const content = complete({
      deliveryMode: 'blended',
      activityTypes: ['experiential'],
      outcomes: ['new_knowledge'],
      assessmentDimensions: ['ke_strategy'],
      costs: { amount: 250000, currency: 'USD', paidBy: { en: 'Shared' }, note: {} },
      participants: [
        { countryCode: 'MX', organisationId: kit.org.id, name: {}, role: 'provider' },
        { countryCode: 'GT', organisationId: null, name: { es: 'MIDES' }, role: 'recipient' },
      ],
    });
    const e = await create(kit.member, kit.org.id, content);
    expect(e.draft.content.costs).toEqual({
      amount: 250000,
      currency: 'USD',
      paidBy: { en: 'Shared' },
      note: {},
    });
    expect(e.organisationNames).toEqual({ [kit.org.id]: 'Agencia Mexicana de Pruebas' });
  });

  it('stores script and markup verbatim and never interprets it', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)> & “quotes”';
    const e = await create(kit.member, kit.org.id, {
      title: { en: script },
      challenge: { fr: `${script}\n\n**not markdown**` },
    });
    const read = (await kit.member.get(expUrl(e.id))).json();
    expect(read.draft.content.title.en).toBe(script);
    expect(read.draft.content.challenge.fr).toBe(`${script}\n\n**not markdown**`);
    const mine = (await kit.member.get(`${url}/mine`)).json();
    expect(mine.items.find((i: { id: string }) => i.id === e.id).title).toBe(script);
  });

  it('keeps a newer draft: a save from a stale copy is a 409 and overwrites nothing', async () => {
    const e = await create(kit.member, kit.org.id, { title: { en: 'First' } });
    const base = e.draft.updatedAt;
    kit.t.clock.advance(60_000);
    const other = await put(kit.owner, expUrl(e.id, '/draft'), {
      content: { title: { en: 'Saved by the administrator' } },
      baseUpdatedAt: base,
    });
    expect(other.statusCode, other.body).toBe(200);
    const stale = await put(kit.member, expUrl(e.id, '/draft'), {
      content: { title: { en: 'Saved by the author' } },
      baseUpdatedAt: base,
    });
    expect(outcome(stale)).toEqual({ status: 409, field: 'baseUpdatedAt' });
    const now = (await kit.member.get(expUrl(e.id))).json();
    expect(now.draft.content.title).toEqual({ en: 'Saved by the administrator' });
    const fresh = await put(kit.member, expUrl(e.id, '/draft'), {
      content: { title: { en: 'Merged' } },
      baseUpdatedAt: now.draft.updatedAt,
    });
    expect(fresh.statusCode).toBe(200);
  });
});

describe('what a submission needs', () => {
  it('refuses an incomplete draft with every problem in the details (400)', async () => {
    const e = await create(kit.member, kit.org.id, {
      title: { en: 'Half-written' },
      summary: { en: 'word '.repeat(201).trim() },
      challenge: { es: 'Sólo en español' },
      participants: [{ countryCode: 'MX', organisationId: null, name: {}, role: 'provider' }],
      periodStart: 2020,
      periodEnd: 2018,
      languages: [{ locale: 'en', status: 'original' }],
    });
    const res = await kit.member.post(expUrl(e.id, '/submit'));
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.field).toBe('content.summary.en');
    expect(error.message).toContain('201');
    expect(error.details.map((d: { field: string }) => d.field)).toEqual([
      'content.summary.en',
      'content.challenge',
      'content.approach',
      'content.participants',
      'content.results',
      'content.lessons',
      'content.periodEnd',
      'content.sectors',
      'content.modality',
      'content.knowledgeModes',
      'content.languages',
    ]);
    expect(error.details[3].message).toContain('recipient');
    expect(error.details[10].message).toContain('es');
    expect((await kit.member.get(expUrl(e.id))).json().status).toBe('draft');
  });

  it('words the problems in the reader’s language', async () => {
    const e = await create(kit.member, kit.org.id, {});
    const res = await kit.member.request({ method: 'POST', url: `${expUrl(e.id, '/submit')}?locale=es` });
    expect(res.json().error.message).toBe(
      'content.title: dé a la experiencia un título en su idioma original.',
    );
  });
});

describe('what a review needs', () => {
  let id: string;
  it('approves only with every acceptance criterion met, naming each one missing', async () => {
    const e = await create(kit.member, kit.org.id, complete());
    id = e.id;
    expect((await kit.member.post(expUrl(id, '/submit'))).statusCode).toBe(200);
    const criteria = await allCriteria(kit.t);
    expect(Object.keys(criteria)).toHaveLength(8);
    const { links_work: _, no_personal_data: __, ...some } = criteria;
    const res = await kit.broker.post(expUrl(id, '/review'), { decision: 'approved', checklist: some });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['checklist.links_work', 'checklist.no_personal_data']);
    const unknown = await kit.broker.post(expUrl(id, '/review'), {
      decision: 'approved',
      checklist: { ...criteria, looks_nice: true },
    });
    expect(outcome(unknown)).toEqual({ status: 400, field: 'checklist.looks_nice' });
    expect((await kit.member.get(expUrl(id))).json().status).toBe('in_review');
  });

  it('lists the criteria with labels and definitions in the reader’s language', async () => {
    const res = await visitor(kit.t, 'GET', `${url}/review-criteria?locale=fr`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ code: 'challenge_clear', label: 'Défi clairement énoncé' });
    expect(res.json().items[0].definition).toMatch(/^Le défi/);
  });

  it('refuses a decision on an experience that is not waiting for review (409)', async () => {
    await kit.broker.post(expUrl(id, '/review'), {
      decision: 'approved',
      checklist: await allCriteria(kit.t),
    });
    const again = await kit.broker.post(expUrl(id, '/review'), {
      decision: 'changes_requested',
      comment: 'Too late',
    });
    expect(again.statusCode).toBe(409);
  });

  it('publishes version 2 from the edits, keeping retired codes the experience already used', async () => {
    const db = kit.t.runtime.deps.db;
    const e = await publish(
      kit.t,
      kit.member,
      kit.broker,
      kit.org.id,
      complete({ instruments: ['twinning'] }),
    );
    await db
      .updateTable('vocabulary_items')
      .set({ active: false })
      .where('vocabulary', '=', 'instrument')
      .where('code', '=', 'twinning')
      .execute();
    const draft = (await kit.member.get(expUrl(e.id))).json().draft.content;
    const saved = await put(kit.member, expUrl(e.id, '/draft'), { content: { ...draft, periodEnd: 2022 } });
    expect(saved.statusCode, saved.body).toBe(200);
    const added = await put(kit.member, expUrl(e.id, '/draft'), {
      content: { ...draft, instruments: ['twinning', 'secondment'] },
    });
    expect(added.statusCode).toBe(200);
    expect((await kit.member.post(expUrl(e.id, '/submit'))).statusCode).toBe(200);
    await db
      .updateTable('vocabulary_items')
      .set({ active: true })
      .where('vocabulary', '=', 'instrument')
      .where('code', '=', 'twinning')
      .execute();
  });
});
