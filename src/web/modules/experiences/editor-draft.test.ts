import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Experience } from '../../../shared/contracts/experiences.js';
import { dropKept, readKept, serverCopy, startEditing, writeKept } from './editor-draft.js';
import { normaliseDocument } from './editor-model.js';

// Where editing starts, given the server's working copy and what this device kept: the part of
// autosave that needs no browser. localStorage is a map here.
const store = new Map<string, string>();
beforeEach(() => {
  store.clear();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
      removeItem: (k: string) => store.delete(k),
    },
  });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

const ID = '0b8f7c1e-2d4a-4c3b-9e5f-6a7b8c9d0e1f';
const T1 = '2026-06-28T22:00:00.000Z';
const T2 = '2026-06-28T22:05:00.000Z';
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

describe('startEditing', () => {
  it('starts from the server’s copy when nothing was kept', () => {
    const start = startEditing(ID, experience('Server'), 'en');
    expect(start.doc.title).toEqual({ en: 'Server' });
    expect(start).toMatchObject({ state: { kind: 'idle' }, restored: false });
  });

  it('restores edits kept on this device that started from the current copy', () => {
    writeKept(ID, { doc: doc('Mine'), baseUpdatedAt: T1, editedAt: T2 });
    const start = startEditing(ID, experience('Server', T1), 'en');
    expect(start.doc.title).toEqual({ en: 'Mine' });
    expect(start).toMatchObject({ state: { kind: 'dirty' }, restored: true });
  });

  it('is a conflict when the server moved on since the kept edits started', () => {
    writeKept(ID, { doc: doc('Mine'), baseUpdatedAt: T1, editedAt: T1 });
    const start = startEditing(ID, experience('Theirs', T2), 'en');
    expect(start.doc.title).toEqual({ en: 'Mine' });
    expect(start).toMatchObject({ state: { kind: 'conflict', theirsAt: T2 }, restored: true });
  });

  it('forgets kept edits equal to the server’s copy (they were saved after all)', () => {
    writeKept(ID, { doc: doc('Same '), baseUpdatedAt: T1, editedAt: T1 });
    const start = startEditing(ID, experience('Same', T2), 'en');
    expect(start.state).toEqual({ kind: 'idle' });
    expect(readKept(ID)).toBeNull();
  });

  it('ignores an unreadable kept copy', () => {
    store.set(`kxhub.draft.experience.${ID}`, '{not json');
    expect(startEditing(ID, experience('Server'), 'en').state).toEqual({ kind: 'idle' });
  });
});

describe('kept copies', () => {
  it('are written, read and dropped per experience', () => {
    writeKept(ID, { doc: doc('A'), baseUpdatedAt: null, editedAt: T1 });
    expect(readKept(ID)?.doc.title).toEqual({ en: 'A' });
    expect(readKept('other')).toBeNull();
    dropKept(ID);
    expect(readKept(ID)).toBeNull();
  });

  it('fill in what an older copy lacks', () => {
    store.set(`kxhub.draft.experience.${ID}`, JSON.stringify({ doc: { title: { en: 'Old' } } }));
    expect(readKept(ID)).toMatchObject({ baseUpdatedAt: null, editedAt: new Date(0).toISOString() });
  });
});

describe('serverCopy', () => {
  it('is the draft, else the published version', () => {
    expect(serverCopy(experience('Draft', T2)).updatedAt).toBe(T2);
    const onlyPublished = { ...experience('x', T1, true), draft: null };
    expect(serverCopy(onlyPublished)).toMatchObject({ updatedAt: null });
    expect((serverCopy(onlyPublished).content as { title: unknown }).title).toEqual({ en: 'Published' });
  });
});
