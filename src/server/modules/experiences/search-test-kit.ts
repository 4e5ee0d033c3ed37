import { afterAll, beforeAll, expect } from 'vitest';
import type { z } from 'zod';
import { type ExperienceDocument, experienceDocumentSchema } from '../../../shared/contracts/experiences.js';

type DocumentInput = z.input<typeof experienceDocumentSchema>;

import type { ExperienceStatus } from '../../db/schema.js';
import { buildOrganisation } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { indexExperience } from './experiences.indexer.js';
import { forgetCachedCounts } from './search.service.js';

/**
 * What the search test files share: an app on a fresh database, organisations in Mexico,
 * Colombia, Indonesia and Singapore, and experiences written straight into the tables (as the
 * publication would leave them) and indexed with the real indexer.
 */
export interface SearchKit {
  t: TestApp;
  owner: Session;
  mx: { id: string };
  co: { id: string };
  id: { id: string };
  sg: { id: string };
}

export function setUpSearchKit(then?: (kit: SearchKit) => Promise<void>): SearchKit {
  const kit = {} as SearchKit;
  beforeAll(async () => {
    const t = await testApp();
    const owner = await signUp(t.app);
    const org = (name: Record<string, string>, countryCode: string, acronym?: string) =>
      buildOrganisation(owner, { name, countryCode, ...(acronym ? { acronym } : {}) });
    Object.assign(kit, {
      t,
      owner,
      mx: await org(
        { es: 'Agencia Mexicana de Cooperación Internacional para el Desarrollo' },
        'MX',
        'AMEXCID',
      ),
      co: await org({ es: 'Agencia Presidencial de Cooperación' }, 'CO', 'APC'),
      id: await org(
        { id: 'Kementerian PPN/Bappenas', en: 'Ministry of National Development Planning' },
        'ID',
      ),
      sg: await org({ en: 'Singapore Cooperation Enterprise' }, 'SG', 'SCE'),
    });
    forgetCachedCounts();
    await then?.(kit);
  });
  afterAll(() => kit.t?.close());
  return kit;
}

/** An experience document: the contract's defaults plus what a test sets. */
export const doc = (overrides: DocumentInput): ExperienceDocument =>
  experienceDocumentSchema.parse(overrides);

let minute = 0;

/**
 * Writes an experience as publication (or a later state) would leave it and indexes it.
 * Published ones get version 1 and a distinct publication time (one minute apart, in order).
 */
export async function putExperience(
  kit: SearchKit,
  opts: {
    org?: { id: string };
    content: DocumentInput;
    status?: ExperienceStatus;
    publishedAt?: Date;
    lastVerifiedAt?: Date | null;
    viewCount?: number;
    /** A chosen id (the samples of large result sets are slices of the id space). */
    id?: string;
  },
): Promise<string> {
  const db = kit.t.runtime.deps.db;
  const status = opts.status ?? 'published';
  const content = JSON.stringify(doc(opts.content));
  minute += 1;
  const publishedAt = opts.publishedAt ?? new Date(Date.UTC(2025, 0, 1, 0, minute));
  const wasPublished = status === 'published' || status === 'archived';
  const { id } = await db
    .insertInto('experiences')
    .values({
      ...(opts.id ? { id: opts.id } : {}),
      organisation_id: (opts.org ?? kit.mx).id,
      author_id: kit.owner.userId,
      status,
      content,
      content_updated_at: publishedAt,
      published_version: wasPublished ? 1 : null,
      published_at: wasPublished ? publishedAt : null,
      last_verified_at: wasPublished
        ? opts.lastVerifiedAt === undefined
          ? publishedAt
          : opts.lastVerifiedAt
        : null,
      archived_at: status === 'archived' ? publishedAt : null,
      view_count: opts.viewCount ?? 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (wasPublished)
    await db
      .insertInto('experience_versions')
      .values({ experience_id: id, version: 1, content, published_at: publishedAt })
      .execute();
  await indexExperience(db, id);
  return id;
}

export interface Found {
  items: { id: string; title: string; snippet: string | null; stale: boolean; titleLocale: string }[];
  nextCursor: string | null;
  total: number;
  facets: Record<string, { code: string; label: string; count: number }[]> | null;
}

/** GET /experiences?<query> as a visitor, expecting 200. */
export async function search(kit: SearchKit, query: string): Promise<Found> {
  const res = await kit.t.app.inject({ method: 'GET', url: `/api/v1/experiences?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Found;
}

/** The ids a query finds (first page of up to 100). */
export const ids = async (kit: SearchKit, query: string) =>
  (await search(kit, `${query}&limit=100&facets=false`)).items.map((i) => i.id);

/** Every id of a query, following nextCursor to the end. */
export async function allPages(kit: SearchKit, query: string) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const body: Found = await search(kit, `${query}${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...body.items.map((i) => i.id));
    cursor = body.nextCursor;
    if (!cursor) return { ids: seen, pages: page + 1 };
  }
  throw new Error('pagination did not end');
}

/** A facet's counts as { code: count }. */
export const counts = (found: Found, facet: string) =>
  Object.fromEntries((found.facets?.[facet] ?? []).map((b) => [b.code, b.count]));
