import { describe, expect, it } from 'vitest';
import type { Experience } from '../../../shared/contracts/experiences.js';
import { readKept, startEditing, writeKept } from '../../components/editor/autosave-draft.js';
import { withMemoryStorage } from '../../components/editor/autosave-test-kit.js';
import { experienceDraftSource, serverCopy } from './editor-draft.js';
import { normaliseDocument } from './editor-model.js';

// What the experience editor adds to the shared autosave (tested beside it): where its copy is
// kept, which server copy it works on (draft or published), and when two copies are the same.
const store = withMemoryStorage();

const ID = '0b8f7c1e-2d4a-4c3b-9e5f-6a7b8c9d0e1f';
const KEY = `kxhub.draft.experience.${ID}`;
const T1 = '2026-06-28T22:00:00.000Z';
const T2 = '2026-06-28T22:05:00.000Z';
const source = experienceDraftSource(ID, 'en', () => undefined);
const doc = (title: string) =>
  normaliseDocument({ title: { en: title }, languages: [{ locale: 'en', status: 'original' }] }, 'en');

function experience(title: string, updatedAt = T1, published = false): Experience {
  return {
    id: ID,
    organisation: { id: ID, name: 'Org', countryCode: 'MX' },
    author: 'Ana',
    status: published ? 'published' : 'draft',
    published: published
      ? { version: 1, content: doc('Published'), publishedAt: T1, reviewedBy: null, reviewedAt: null }
      : null,
    draft: { content: doc(title), updatedAt },
    lastVerifiedAt: null,
    stale: false,
    hasPendingEdits: false,
    submittedAt: null,
    viewCount: 0,
    reviews: [],
    attachments: [],
    organisationNames: {},
    versions: [],
    abilities: { edit: true, submit: true },
  };
}
const onlyPublished = () => ({ ...experience('x', T1, true), draft: null });

describe('where the experience editor starts', () => {
  it('from the published version when nothing was drafted since', () => {
    const start = startEditing(source, onlyPublished());
    expect(start.value.doc.title).toEqual({ en: 'Published' });
    expect(start.state).toEqual({ kind: 'idle' });
  });

  it('restores edits kept under the experience’s id', () => {
    writeKept(KEY, { doc: doc('Mine') }, T1);
    const start = startEditing(source, experience('Server', T1));
    expect(start.value.doc.title).toEqual({ en: 'Mine' });
    expect(start).toMatchObject({ state: { kind: 'dirty' }, restored: true });
  });

  it('continues edits of the published version, which has no time stamp of its own', () => {
    writeKept(KEY, { doc: doc('Mine') }, null);
    expect(startEditing(source, onlyPublished()).state).toEqual({ kind: 'dirty' });
  });

  it('is a conflict, told with the time of their save, when the server moved on', () => {
    writeKept(KEY, { doc: doc('Mine') }, T1);
    const start = startEditing(source, experience('Theirs', T2));
    expect(start.state).toEqual({ kind: 'conflict', theirs: { updatedAt: T2 } });
  });

  it('forgets kept edits equal to the server’s copy (they were saved after all)', () => {
    writeKept(KEY, { doc: doc('Same ') }, T1);
    expect(startEditing(source, experience('Same', T2)).state).toEqual({ kind: 'idle' });
    expect(readKept(KEY)).toBeNull();
  });

  it('ignores a kept copy without a document', () => {
    store.set(KEY, JSON.stringify({ baseUpdatedAt: T1 }));
    expect(startEditing(source, experience('Server')).value.doc.title).toEqual({ en: 'Server' });
  });
});

describe('serverCopy', () => {
  it('is the draft, else the published version', () => {
    expect(serverCopy(experience('Draft', T2)).updatedAt).toBe(T2);
    expect(serverCopy(onlyPublished())).toMatchObject({ updatedAt: null });
    expect((serverCopy(onlyPublished()).content as { title: unknown }).title).toEqual({ en: 'Published' });
  });
});
