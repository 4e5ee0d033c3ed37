import { afterAll, beforeAll } from 'vitest';
import type { OrgRole } from '../../../shared/permissions.js';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import type { Session, TestApp } from '../../test/harness.js';
import { testApp } from '../../test/harness.js';
import { addMemberAsPlatform } from '../organisations/index.js';

/**
 * The notification tests' set-up: an app on a fresh database and helpers that write needs,
 * offers and stored matches straight into their tables (their modules own the API).
 */
export interface NotifyKit {
  t: TestApp;
}

export function setUpNotifyKit(): NotifyKit {
  const kit = {} as NotifyKit;
  beforeAll(async () => {
    kit.t = await testApp();
  });
  afterAll(() => kit.t?.close());
  return kit;
}

/** A person with a role in an organisation (created with `owner` as its administrator). */
export async function person(t: TestApp, opts: { locale?: string; org?: string; role?: OrgRole } = {}) {
  const s = await buildUser(t, { locale: opts.locale ?? 'en' });
  if (opts.org) await addMemberAsPlatform(t.runtime.deps, opts.org, s.userId, opts.role ?? 'editor');
  return s;
}

export async function organisation(owner: Session, countryCode = 'MX', name = 'Agency') {
  return (await buildOrganisation(owner, { name: { en: name }, countryCode })).id;
}

const db = (t: TestApp) => t.runtime.deps.db;

export async function insertNeed(
  t: TestApp,
  organisationId: string,
  country: string,
  overrides: Record<string, unknown> = {},
) {
  const r = await db(t)
    .insertInto('needs')
    .values({
      organisation_id: organisationId,
      country_code: country,
      title: JSON.stringify({ en: 'Social registry', es: 'Registro social' }),
      challenge_area: 'service_delivery',
      expires_on: '2026-12-31',
      ...overrides,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertOffer(
  t: TestApp,
  organisationId: string,
  country: string,
  overrides: Record<string, unknown> = {},
) {
  const r = await db(t)
    .insertInto('offers')
    .values({
      organisation_id: organisationId,
      country_code: country,
      title: JSON.stringify({ en: 'Cadastro Único know-how', es: 'Experiencia del Cadastro Único' }),
      expires_on: '2026-12-31',
      ...overrides,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertMatch(
  t: TestApp,
  needId: string,
  kind: string,
  candidateId: string,
  score: number,
) {
  await db(t)
    .insertInto('need_matches')
    .values({
      need_id: needId,
      candidate_kind: kind,
      candidate_id: candidateId,
      rank: 1,
      score,
      factors: '[]',
    } as never)
    .execute();
}

export const notifiedAt = async (t: TestApp, needId: string, candidateId: string) =>
  (
    await db(t)
      .selectFrom('need_matches')
      .select('notified_at')
      .where('need_id', '=', needId)
      .where('candidate_id', '=', candidateId)
      .executeTakeFirstOrThrow()
  ).notified_at;

export const mailsTo = (t: TestApp, email: string, kind?: string) =>
  db(t)
    .selectFrom('mail_outbox')
    .select(['kind', 'subject', 'text_body'])
    .where('to_address', '=', email)
    .$if(kind !== undefined, (q) => q.where('kind', '=', kind!))
    .orderBy('created_at')
    .execute();
