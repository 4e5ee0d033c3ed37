import { afterAll, beforeAll } from 'vitest';
import type { OrgRole } from '../../../shared/permissions.js';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { addMemberAsPlatform } from '../organisations/index.js';

/**
 * What the introduction and notification test files share: an app on a fresh database; a
 * Mexican seeker organisation (administrator, editor, member), a Brazilian provider organisation
 * (administrator who reads Spanish, editor), a Kenyan stranger organisation, a broker, a
 * platform administrator and Mexico's country coordinator. Needs, offers and stored matches
 * are written straight into their tables (the marketplace and matching modules own their API).
 */
export interface IntroKit {
  t: TestApp;
  seeker: { id: string; admin: Session; editor: Session; member: Session };
  provider: { id: string; admin: Session; editor: Session };
  stranger: { id: string; admin: Session };
  broker: Session;
  admin: Session;
  coordinator: Session;
}

async function memberOf(t: TestApp, orgId: string, role: OrgRole, locale = 'en'): Promise<Session> {
  const u = await buildUser(t, { locale });
  await addMemberAsPlatform(t.runtime.deps, orgId, u.userId, role);
  return u;
}

export async function startKit(): Promise<IntroKit> {
  const t = await testApp();
  const seekerAdmin = await signUp(t.app);
  const seekerOrg = await buildOrganisation(seekerAdmin, {
    name: { es: 'Secretaría de Pruebas', en: 'Testing Secretariat' },
    countryCode: 'MX',
  });
  const providerAdmin = await buildUser(t, { locale: 'es' });
  const providerOrg = await buildOrganisation(providerAdmin, {
    name: { pt: 'Agência Brasileira de Testes', en: 'Brazilian Testing Agency' },
    countryCode: 'BR',
  });
  const strangerAdmin = await signUp(t.app);
  const strangerOrg = await buildOrganisation(strangerAdmin, {
    name: { en: 'Kenyan Stranger' },
    countryCode: 'KE',
  });
  return {
    t,
    seeker: {
      id: seekerOrg.id,
      admin: seekerAdmin,
      editor: await memberOf(t, seekerOrg.id, 'editor'),
      member: await memberOf(t, seekerOrg.id, 'member'),
    },
    provider: {
      id: providerOrg.id,
      admin: providerAdmin,
      editor: await memberOf(t, providerOrg.id, 'editor', 'fr'),
    },
    stranger: { id: strangerOrg.id, admin: strangerAdmin },
    broker: await buildUser(t, { isBroker: true }),
    admin: await buildUser(t, { isAdmin: true }),
    coordinator: await buildUser(t, { coordinatorOf: ['MX'] }),
  };
}

/** Starts the kit before a file's tests (then runs `then`) and closes the app after them. */
export function setUpIntroKit(then?: (kit: IntroKit) => Promise<void>): IntroKit {
  const kit = {} as IntroKit;
  beforeAll(async () => {
    Object.assign(kit, await startKit());
    await then?.(kit);
  });
  afterAll(() => kit.t?.close());
  return kit;
}

const db = (t: TestApp) => t.runtime.deps.db;

let n = 0;

/** A need of an organisation, written straight into `needs` (open, public, expiring at year end). */
export async function insertNeed(
  t: TestApp,
  organisationId: string,
  overrides: Record<string, unknown> = {},
) {
  n += 1;
  const org = await db(t)
    .selectFrom('organisations')
    .select('country_code')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const r = await db(t)
    .insertInto('needs')
    .values({
      organisation_id: organisationId,
      country_code: org.country_code ?? 'MX',
      title: JSON.stringify({ en: `Need ${n}: social registry`, es: `Necesidad ${n}: registro social` }),
      challenge: JSON.stringify({ en: 'Build a social registry' }),
      challenge_area: 'service_delivery',
      expires_on: '2026-12-31',
      ...overrides,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** An offer of an organisation, written straight into `offers`. */
export async function insertOffer(
  t: TestApp,
  organisationId: string,
  overrides: Record<string, unknown> = {},
) {
  n += 1;
  const org = await db(t)
    .selectFrom('organisations')
    .select('country_code')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const r = await db(t)
    .insertInto('offers')
    .values({
      organisation_id: organisationId,
      country_code: org.country_code ?? 'BR',
      title: JSON.stringify({ en: `Offer ${n}: registry know-how`, pt: `Oferta ${n}: cadastro único` }),
      description: JSON.stringify({ en: 'How we built the Cadastro Único' }),
      expires_on: '2026-12-31',
      ...overrides,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** A stored match of a need (as the nightly matching would write it). */
export async function insertMatch(
  t: TestApp,
  needId: string,
  candidate: { kind: 'offer' | 'experience' | 'capability' | 'country'; id: string },
  score: number,
  extra: { notifiedAt?: Date; rank?: number } = {},
) {
  await db(t)
    .insertInto('need_matches')
    .values({
      need_id: needId,
      candidate_kind: candidate.kind,
      candidate_id: candidate.id,
      rank: extra.rank ?? 1,
      score,
      factors: JSON.stringify([{ factor: 'text', share: 1 }]),
      notified_at: extra.notifiedAt ?? null,
    } as never)
    .execute();
}

export const statusOf = async (t: TestApp, table: 'needs' | 'offers', id: string) =>
  (await db(t).selectFrom(table).select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

/** The inbox rows of a person (kind and params), oldest first. */
export const inboxOf = (t: TestApp, userId: string) =>
  db(t)
    .selectFrom('notifications')
    .select(['kind', 'params', 'link', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();

/** The e-mails queued to an address, oldest first. */
export const mailsTo = (t: TestApp, email: string) =>
  db(t)
    .selectFrom('mail_outbox')
    .select(['kind', 'subject', 'text_body'])
    .where('to_address', '=', email)
    .orderBy('created_at')
    .execute();

/** Proposes through the API and returns the response (status and body). */
export async function propose(as: Session, body: Record<string, unknown>) {
  const res = await as.post('/api/v1/introductions', body);
  return { status: res.statusCode, body: res.json() };
}

/** A need of the seeker and an offer of the provider, and a proposal between them by `as`. */
export async function proposedPair(kit: IntroKit, as?: Session, extra: Record<string, unknown> = {}) {
  const needId = await insertNeed(kit.t, kit.seeker.id);
  const offerId = await insertOffer(kit.t, kit.provider.id);
  const res = await propose(as ?? kit.seeker.admin, { needId, offerId, message: 'Let us talk', ...extra });
  if (res.status !== 201) throw new Error(`proposal failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { needId, offerId, id: res.body.id as string, intro: res.body };
}

/** Answers for a side and returns the response. */
export async function answer(as: Session, id: string, body: Record<string, unknown>) {
  const res = await as.post(`/api/v1/introductions/${id}/answer`, body);
  return { status: res.statusCode, body: res.json() };
}
