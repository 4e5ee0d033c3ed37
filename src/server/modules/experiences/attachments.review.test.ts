import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Attachment, Experience } from '../../../shared/contracts/experiences.js';
import type { Session } from '../../test/harness.js';
import {
  attach,
  download,
  insertExperience,
  samples,
  setStatus,
  setUpKit,
  storedPath,
  upload,
} from './attachments-test-kit.js';
import { allCriteria, complete, expUrl } from './experiences-test-kit.js';

/**
 * Attachments follow the review like the text: once an experience is published, a file added or
 * removed by its editors reaches readers only when a reviewer publishes the next version.
 */
const kit = setUpKit();

const del = (as: Session | null, url: string) =>
  as ? as.del(url) : kit.t.app.inject({ method: 'DELETE', url });
const keep = (as: Session | null, url: string) =>
  as ? as.post(`${url}/keep`) : kit.t.app.inject({ method: 'POST', url: `${url}/keep` });
const read = async (as: Session | null, id: string): Promise<Experience> => {
  const res = as ? await as.get(expUrl(id)) : await kit.t.app.inject({ method: 'GET', url: expUrl(id) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const names = (e: Experience) => e.attachments.map((a) => a.fileName);
const flags = (e: Experience, name: string) => {
  const a = e.attachments.find((x) => x.fileName === name);
  return a && { pending: a.pending, removalPending: a.removalPending };
};

async function submit(as: Session, id: string) {
  const res = await as.post(expUrl(id, '/submit'));
  expect(res.statusCode, res.body).toBe(200);
}

async function approve(id: string, reviewer = kit.broker): Promise<Experience> {
  const res = await reviewer.post(expUrl(id, '/review'), {
    decision: 'approved',
    checklist: await allCriteria(kit.t),
    comment: '',
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** An experience written by the kit's author, published through the workflow with `files` attached. */
async function published(files: [string, Buffer][] = []): Promise<{ id: string; files: Attachment[] }> {
  const created = await kit.author.post('/api/v1/experiences', {
    organisationId: kit.org.id,
    content: complete(),
  });
  expect(created.statusCode, created.body).toBe(201);
  const id: string = created.json().id;
  const attached = [];
  for (const [name, bytes] of files) attached.push(await attach(kit, kit.author, id, name, bytes));
  await submit(kit.author, id);
  await approve(id);
  return { id, files: attached };
}

const reviewAudit = (id: string) =>
  kit.t.runtime.deps.db
    .selectFrom('audit_log')
    .select(['action', 'after'])
    .where('entity_id', '=', id)
    .where('action', '=', 'experience.review')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();

describe('attachments under review: a file added to a published experience', () => {
  it('is hidden from readers, shown to editors and (once submitted) reviewers, and public once approved', async () => {
    const { id } = await published();
    const bytes = samples.pdf();
    const added = await attach(kit, kit.author, id, 'annex.pdf', bytes);
    expect(added).toMatchObject({ pending: true, removalPending: false });

    const readers = [null, kit.outsider, kit.coCoordinator, kit.broker, kit.mxCoordinator];
    for (const who of readers) {
      expect(names(await read(who, id)), who?.email ?? 'visitor').toEqual([]);
      const res = await download(kit, who, added.url);
      expect(res.statusCode, who?.email ?? 'visitor').toBe(404);
      expect(res.json().error.message).toBe('Attachment not found.');
    }
    for (const who of [kit.author, kit.editor, kit.owner, kit.admin]) {
      const e = await read(who, id);
      expect(flags(e, 'annex.pdf'), who.email).toEqual({ pending: true, removalPending: false });
      const res = await download(kit, who, added.url);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(bytes)).toBe(true);
      // Not for shared caches: readers may not have it yet.
      expect(res.headers['cache-control']).toBe('private, no-store');
    }
    // The new file alone is an edit to submit.
    const mine = await read(kit.author, id);
    expect(mine.hasPendingEdits).toBe(true);
    expect(mine.abilities.submit).toBe(true);
    await submit(kit.author, id);

    // Reviewers decide on it, so they see it; readers still do not.
    for (const reviewer of [kit.broker, kit.mxCoordinator]) {
      expect(flags(await read(reviewer, id), 'annex.pdf')).toEqual({ pending: true, removalPending: false });
      expect((await download(kit, reviewer, added.url)).statusCode).toBe(200);
    }
    expect((await download(kit, null, added.url)).statusCode).toBe(404);

    const approved = await approve(id);
    expect(approved.published?.version).toBe(2);
    expect(approved.hasPendingEdits).toBe(false);
    const seen = await read(null, id);
    expect(flags(seen, 'annex.pdf')).toEqual({ pending: false, removalPending: false });
    const res = await download(kit, null, added.url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect((await reviewAudit(id)).after).toMatchObject({
      version: 2,
      attachments: { published: [{ id: added.id, fileName: 'annex.pdf' }], removed: [] },
    });
  });

  it('stays hidden when changes are requested, and goes at once when its editor removes it', async () => {
    const { id } = await published();
    const added = await attach(kit, kit.author, id, 'draft-annex.pdf', samples.pdf());
    const file = await storedPath(kit, added.id);
    await submit(kit.author, id);
    const sentBack = await kit.broker.post(expUrl(id, '/review'), {
      decision: 'changes_requested',
      checklist: {},
      comment: 'The annex names beneficiaries.',
    });
    expect(sentBack.statusCode, sentBack.body).toBe(200);
    expect(flags(sentBack.json(), 'draft-annex.pdf')).toEqual({ pending: true, removalPending: false });
    expect((await download(kit, null, added.url)).statusCode).toBe(404);

    const res = await del(kit.author, added.url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ok: true, attachment: null });
    expect(fs.existsSync(file)).toBe(false);
    expect((await download(kit, kit.author, added.url)).statusCode).toBe(404);
    const e = await read(kit.author, id);
    expect(e.attachments).toEqual([]);
    expect(e.hasPendingEdits).toBe(false);
  });
});

describe('attachments under review: a file removed from a published experience', () => {
  it('stays public until the next version is published, then is gone with its file', async () => {
    const bytes = samples.pdf();
    const { id, files } = await published([['old-report.pdf', bytes]]);
    const [old] = files;
    if (!old) throw new Error('no file');
    // Attached before the first publication: never pending.
    expect(old).toMatchObject({ pending: false, removalPending: false });
    expect(flags(await read(null, id), 'old-report.pdf')).toEqual({ pending: false, removalPending: false });
    const file = await storedPath(kit, old.id);

    const res = await del(kit.editor, old.url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      ok: true,
      attachment: { id: old.id, removalPending: true, pending: false },
    });
    expect(fs.existsSync(file)).toBe(true);
    // Readers keep it, and are not told it is leaving.
    expect(flags(await read(null, id), 'old-report.pdf')).toEqual({ pending: false, removalPending: false });
    const got = await download(kit, null, old.url);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(bytes)).toBe(true);
    expect(got.headers['cache-control']).toBe('private, no-store');
    const mine = await read(kit.author, id);
    expect(flags(mine, 'old-report.pdf')).toEqual({ pending: false, removalPending: true });
    expect(mine.hasPendingEdits).toBe(true);
    // Removing it again changes nothing (and records nothing more).
    expect((await del(kit.author, old.url)).json()).toMatchObject({ attachment: { removalPending: true } });
    const removals = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity_id', '=', id)
      .where('action', '=', 'experience.attachment_remove')
      .execute();
    expect(removals).toHaveLength(1);
    expect(removals[0]?.after).toMatchObject({ id: old.id, removalPending: true });

    await submit(kit.author, id);
    expect(flags(await read(kit.broker, id), 'old-report.pdf')).toEqual({
      pending: false,
      removalPending: true,
    });
    expect((await download(kit, null, old.url)).statusCode).toBe(200);
    await approve(id, kit.mxCoordinator);

    expect(names(await read(null, id))).toEqual([]);
    expect((await download(kit, null, old.url)).statusCode).toBe(404);
    expect((await download(kit, kit.author, old.url)).statusCode).toBe(404);
    expect(fs.existsSync(file)).toBe(false);
    expect((await reviewAudit(id)).after).toMatchObject({
      attachments: { published: [], removed: [{ id: old.id, fileName: 'old-report.pdf' }] },
    });
  });

  it('keeps the bytes another attachment still uses when the removal is published', async () => {
    const bytes = samples.png();
    const { id, files } = await published([['map.png', bytes]]);
    const other = await attach(kit, kit.author, await insertExperience(kit), 'same-map.png', bytes);
    const file = await storedPath(kit, other.id);
    await del(kit.author, files[0]?.url ?? '');
    await submit(kit.author, id);
    await approve(id);
    expect(fs.existsSync(file)).toBe(true);
    expect((await download(kit, kit.author, other.url)).rawPayload.equals(bytes)).toBe(true);
  });

  it('can be taken back before the next version: nothing is then left to submit', async () => {
    const { id, files } = await published([['keep-me.pdf', samples.pdf()]]);
    const url = files[0]?.url ?? '';
    await del(kit.author, url);
    const kept = await keep(kit.author, url);
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ fileName: 'keep-me.pdf', pending: false, removalPending: false });
    // Keeping one not marked changes nothing.
    expect((await keep(kit.author, url)).json()).toMatchObject({ removalPending: false });
    const e = await read(kit.author, id);
    expect(e.hasPendingEdits).toBe(false);
    const res = await kit.author.post(expUrl(id, '/submit'));
    expect(res.statusCode).toBe(409);
    const audit = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity_id', '=', id)
      .where('action', '=', 'experience.attachment_keep')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('attachments under review: never published, and refusals', () => {
  it('deletes a file of an experience never published at once, and never marks its files pending', async () => {
    const id = await insertExperience(kit);
    const a = await attach(kit, kit.author, id, 'first.pdf', samples.pdf());
    expect(a).toMatchObject({ pending: false, removalPending: false });
    const file = await storedPath(kit, a.id);
    const res = await del(kit.author, a.url);
    expect(res.json()).toEqual({ ok: true, attachment: null });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('deletes the stored files with the draft they belong to, unless another experience uses them', async () => {
    const id = await insertExperience(kit);
    const other = await insertExperience(kit);
    const own = await attach(kit, kit.author, id, 'own.pdf', samples.pdf());
    const bytes = samples.png();
    const shared = await attach(kit, kit.author, id, 'shared.png', bytes);
    await attach(kit, kit.author, other, 'same-bytes.png', bytes);
    const ownFile = await storedPath(kit, own.id);
    const sharedFile = await storedPath(kit, shared.id);
    expect((await kit.author.del(expUrl(id))).statusCode).toBe(200);
    expect(fs.existsSync(ownFile)).toBe(false);
    expect(fs.existsSync(sharedFile)).toBe(true);
  });

  it('refuses file changes while the experience waits for review (409), as its text', async () => {
    const id = await insertExperience(kit);
    const a = await attach(kit, kit.author, id, 'r.pdf', samples.pdf());
    await setStatus(kit, id, 'in_review');
    const pdf = [{ name: 'file', fileName: 'late.pdf', content: samples.pdf() }];
    const late = await upload(kit, kit.author, id, pdf);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/waiting for review/);
    expect((await del(kit.author, a.url)).statusCode).toBe(409);
    expect((await keep(kit.author, a.url)).statusCode).toBe(409);
    // Reviewers may not change files either (403 before anything else).
    expect((await upload(kit, kit.broker, id, pdf)).statusCode).toBe(403);
    expect(fs.existsSync(await storedPath(kit, a.id))).toBe(true);
  });

  it('refuses taking a removal back to visitors (401), non-editors (403), unknown files (404), archived (409)', async () => {
    const { id, files } = await published([['k.pdf', samples.pdf()]]);
    const url = files[0]?.url ?? '';
    await del(kit.author, url);
    expect((await keep(null, url)).statusCode).toBe(401);
    expect((await keep(kit.outsider, url)).statusCode).toBe(403);
    expect((await keep(kit.broker, url)).statusCode).toBe(403);
    const unknown = await keep(kit.author, expUrl(id, '/attachments/00000000-0000-4000-8000-000000000000'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('Attachment not found.');
    const elsewhere = await insertExperience(kit);
    expect((await keep(kit.author, expUrl(elsewhere, `/attachments/${files[0]?.id}`))).statusCode).toBe(404);
    expect((await keep(kit.author, expUrl(id, '/attachments/not-an-id'))).statusCode).toBe(400);
    await setStatus(kit, id, 'archived');
    expect((await keep(kit.author, url)).statusCode).toBe(409);
  });

  it('counts the next version’s files against the limit: a marked file makes room, taking it back needs room', async () => {
    const { id, files } = await published([['one.pdf', samples.pdf()]]);
    // Nineteen more rows, directly: the limit is about rows, not bytes.
    await kit.t.runtime.deps.db
      .insertInto('experience_attachments')
      .values(
        Array.from({ length: 19 }, (_, i) => ({
          experience_id: id,
          file_name: `filler-${i}.pdf`,
          media_type: 'application/pdf',
          size_bytes: 10,
          caption: '{}',
          sha256: `${'0'.repeat(62)}${String(i).padStart(2, '0')}`,
        })),
      )
      .execute();
    const pdf = [{ name: 'file', fileName: 'new.pdf', content: samples.pdf() }];
    expect((await upload(kit, kit.author, id, pdf)).statusCode).toBe(409);
    await del(kit.author, files[0]?.url ?? '');
    const replaced = await upload(kit, kit.author, id, pdf);
    expect(replaced.statusCode, replaced.body).toBe(201);
    const back = await keep(kit.author, files[0]?.url ?? '');
    expect(back.statusCode).toBe(409);
    expect(back.json().error.message).toMatch(/20 files/);
  });
});
