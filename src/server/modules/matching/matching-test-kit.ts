import { afterAll, beforeAll } from 'vitest';
import type { OrgRole } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';
import type { Db } from '../../db/executor.js';
import { buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { cjkBigrams, tsConfigOf } from '../experiences/index.js';
import { addMemberAsPlatform } from '../organisations/index.js';
import { forgetMatchingCache } from './matching.cache.js';
import { stem } from './matching.repository.js';

/**
 * What the matching tests share: an app on a fresh database, a platform administrator, and
 * rows written straight into the marketplace's tables (the marketplace module that writes them
 * through its API is another module; matching only reads them). Texts are stemmed as the
 * marketplace stems them: every language with its own configuration.
 */
export interface MatchingKit {
  t: TestApp;
  db: Db;
  admin: Session;
}

export function setUpMatchingKit(then?: (kit: MatchingKit) => Promise<void>): MatchingKit {
  const kit = {} as MatchingKit;
  beforeAll(async () => {
    const t = await testApp();
    Object.assign(kit, { t, db: t.runtime.deps.db, admin: await buildUser(t, { isAdmin: true }) });
    await then?.(kit);
    forgetMatchingCache();
  });
  afterAll(() => kit.t?.close());
  return kit;
}

/** A Postgres array literal: binds as text[] on both engines without building SQL here. */
const pgArray = (xs: readonly string[]) =>
  `{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}` as unknown as string[];

type Texts = Partial<Record<string, string>>;

/** The stemmed words of locale maps, each language with its configuration. */
async function lexemes(db: Db, ...maps: Texts[]) {
  const locales = [...new Set(maps.flatMap((m) => Object.keys(m)))];
  const words: string[] = [];
  for (const locale of locales) {
    const text = maps.map((m) => m[locale] ?? '').join(' ');
    // Chinese as character bigrams, as the marketplace writes it.
    const config = tsConfigOf(locale);
    words.push(...(await stem(db, config, config === 'simple' ? cjkBigrams(text) : text)));
  }
  return words;
}

let n = 0;

export async function insertOrganisation(
  kit: Pick<MatchingKit, 'db'>,
  o: { country: string; name?: string; visibility?: Visibility },
) {
  n += 1;
  const row = await kit.db
    .insertInto('organisations')
    .values({
      name: JSON.stringify({ en: o.name ?? `Agency ${n}` }),
      org_type: '10',
      country_code: o.country,
      visibility: o.visibility ?? 'public',
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A signed-in user holding `role` in the organisation. */
export async function memberOf(kit: MatchingKit, orgId: string, role: OrgRole = 'editor'): Promise<Session> {
  const u = await signUp(kit.t.app);
  await addMemberAsPlatform(kit.t.runtime.deps, orgId, u.userId, role);
  return u;
}

interface MarketItem {
  organisationId: string;
  country: string;
  title: Texts;
  text: Texts;
  sectors?: string[];
  sdgTargets?: string[];
  instruments?: string[];
  languages?: string[];
  visibility?: Visibility;
  status?: string;
  expiresOn?: string;
}

export async function insertNeed(
  kit: Pick<MatchingKit, 'db'>,
  v: MarketItem & {
    challengeArea?: string;
    dimensions?: string[];
    timeframeFrom?: string | null;
    timeframeTo?: string | null;
  },
) {
  const row = await kit.db
    .insertInto('needs')
    .values({
      organisation_id: v.organisationId,
      country_code: v.country,
      title: JSON.stringify(v.title),
      challenge: JSON.stringify(v.text),
      challenge_area: v.challengeArea ?? 'organisational_arrangements',
      dimensions: pgArray(v.dimensions ?? []),
      outcomes: pgArray([]),
      sectors: pgArray(v.sectors ?? []),
      sdg_targets: pgArray(v.sdgTargets ?? []),
      instruments: pgArray(v.instruments ?? []),
      languages: pgArray(v.languages ?? []),
      timeframe_from: v.timeframeFrom ?? null,
      timeframe_to: v.timeframeTo ?? null,
      contribution_note: '{}',
      visibility: v.visibility ?? 'public',
      status: (v.status ?? 'open') as 'open',
      expires_on: v.expiresOn ?? '2027-06-30',
      lexemes: pgArray(await lexemes(kit.db, v.title, v.text)),
      created_by: null,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertOffer(
  kit: Pick<MatchingKit, 'db'>,
  v: MarketItem & { availableFrom?: string | null; availableTo?: string | null },
) {
  const row = await kit.db
    .insertInto('offers')
    .values({
      organisation_id: v.organisationId,
      country_code: v.country,
      title: JSON.stringify(v.title),
      description: JSON.stringify(v.text),
      challenge_areas: pgArray([]),
      dimensions: pgArray([]),
      sectors: pgArray(v.sectors ?? []),
      sdg_targets: pgArray(v.sdgTargets ?? []),
      instruments: pgArray(v.instruments ?? []),
      delivery_modes: pgArray([]),
      languages: pgArray(v.languages ?? []),
      capacity_per_year: null,
      cost_sharing_note: '{}',
      available_from: v.availableFrom ?? null,
      available_to: v.availableTo ?? null,
      visibility: v.visibility ?? 'public',
      status: (v.status ?? 'open') as 'open',
      expires_on: v.expiresOn ?? '2027-06-30',
      lexemes: pgArray(await lexemes(kit.db, v.title, v.text)),
      created_by: null,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A submitted self-assessment of a country with the given ratings (dimension → 0–4). */
export async function insertAssessment(
  kit: Pick<MatchingKit, 'db'>,
  country: string,
  ratings: Record<string, number>,
) {
  const a = await kit.db
    .insertInto('assessments')
    .values({
      country_code: country,
      status: 'submitted',
      assessed_on: '2026-03-01',
      submitted_at: new Date('2026-03-02T10:00:00Z'),
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await kit.db
    .insertInto('assessment_ratings')
    .values(
      Object.entries(ratings).map(([dimension, rating]) => ({
        assessment_id: a.id,
        dimension,
        rating,
      })) as never,
    )
    .execute();
  return a.id;
}

/** Drops the cached pools, so the next request reads the rows just written. */
export const refresh = () => forgetMatchingCache();

/** A request with no session. */
export const visitorGet = (kit: MatchingKit, url: string) => kit.t.app.inject({ method: 'GET', url });

/** A capability of the catalogue, straight into its table. */
export async function insertCapability(
  kit: Pick<MatchingKit, 'db'>,
  v: Omit<MarketItem, 'country' | 'status' | 'expiresOn'>,
) {
  const row = await kit.db
    .insertInto('capabilities')
    .values({
      organisation_id: v.organisationId,
      title: JSON.stringify(v.title),
      description: JSON.stringify(v.text),
      sectors: pgArray(v.sectors ?? []),
      sdg_targets: pgArray(v.sdgTargets ?? []),
      instruments: pgArray(v.instruments ?? []),
      languages: pgArray(v.languages ?? []),
      cost_sharing_note: '{}',
      visibility: v.visibility ?? 'public',
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A published experience (version 1), its index columns and version written directly. */
export async function insertPublishedExperience(
  kit: Pick<MatchingKit, 'db'>,
  v: {
    organisationId: string;
    title: Texts;
    summary: Texts;
    lessons?: Texts;
    sectors?: string[];
    languages?: string[];
  },
) {
  const content = JSON.stringify({
    title: v.title,
    summary: v.summary,
    challenge: {},
    lessons: v.lessons ?? {},
  });
  const at = new Date('2026-01-15T10:00:00Z');
  const row = await kit.db
    .insertInto('experiences')
    .values({
      organisation_id: v.organisationId,
      status: 'published',
      content,
      published_version: 1,
      published_at: at,
      sectors: pgArray(v.sectors ?? []),
      languages: pgArray(v.languages ?? Object.keys(v.title)),
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await kit.db
    .insertInto('experience_versions')
    .values({ experience_id: row.id, version: 1, content, published_at: at } as never)
    .execute();
  return row.id;
}
