import { describe, expect, it } from 'vitest';
import { type DraftSource, dropKept, readKept, startEditing, writeKept } from './autosave-draft.js';
import { withMemoryStorage } from './autosave-test-kit.js';

// The autosave's decisions that need no browser: where editing starts, given the server's copy and
// what this device kept, and how kept copies are stored. localStorage is a map here; the editor is
// a toy whose value is one text.
const store = withMemoryStorage();

const KEY = 'kxhub.draft.test.1';
const T1 = '2026-06-28T22:00:00.000Z';
const T2 = '2026-06-28T22:05:00.000Z';

interface Value {
  text: string;
}
interface Server {
  text: string;
  updatedAt: string;
  updatedBy: string;
}
const server = (text: string, updatedAt = T1): Server => ({ text, updatedAt, updatedBy: 'Ana (demo)' });
const source: DraftSource<Value, Server> = {
  storageKey: KEY,
  open: (s) => ({ text: s.text }),
  version: (s) => ({ updatedAt: s.updatedAt, updatedBy: s.updatedBy }),
  restore: (kept) => (typeof kept.text === 'string' ? { text: kept.text } : null),
  same: (mine, theirs) => mine.text.trim() === theirs.text.trim(),
  blocked: () => false,
  fetch: () => Promise.resolve(null),
  put: () => Promise.resolve(null),
};

describe('where editing starts', () => {
  it('from the server’s copy when nothing is kept here', () => {
    expect(startEditing(source, server('Theirs'))).toEqual({
      value: { text: 'Theirs' },
      state: { kind: 'idle' },
      restored: false,
    });
  });

  it('from the kept edits, unsaved, when they started from the server’s current copy', () => {
    writeKept(KEY, { text: 'Mine' }, T1);
    expect(startEditing(source, server('Theirs', T1))).toEqual({
      value: { text: 'Mine' },
      state: { kind: 'dirty' },
      restored: true,
    });
  });

  it('in conflict when someone saved after the kept edits began, keeping them', () => {
    writeKept(KEY, { text: 'Mine' }, T1);
    expect(startEditing(source, server('Theirs', T2))).toEqual({
      value: { text: 'Mine' },
      state: { kind: 'conflict', theirs: { updatedAt: T2, updatedBy: 'Ana (demo)' } },
      restored: true,
    });
    expect(readKept(KEY)).not.toBeNull();
  });

  it('forgets kept edits the server already holds', () => {
    writeKept(KEY, { text: 'Same ' }, T1);
    expect(startEditing(source, server('Same', T2)).state).toEqual({ kind: 'idle' });
    expect(readKept(KEY)).toBeNull();
  });

  it('ignores a corrupt kept copy, or one the editor cannot use', () => {
    store.set(KEY, '{not json');
    expect(startEditing(source, server('Theirs')).state).toEqual({ kind: 'idle' });
    store.set(KEY, JSON.stringify({ other: 1, baseUpdatedAt: T1 }));
    expect(startEditing(source, server('Theirs')).value).toEqual({ text: 'Theirs' });
  });
});

describe('kept copies', () => {
  it('are written, read and dropped per key', () => {
    writeKept(KEY, { text: 'A' }, T1);
    expect(readKept<Value>(KEY)).toMatchObject({ value: { text: 'A' }, baseUpdatedAt: T1 });
    expect(readKept('other')).toBeNull();
    dropKept(KEY);
    expect(readKept(KEY)).toBeNull();
  });

  it('are stored flat, beside the time stamps, as earlier versions stored them', () => {
    writeKept(KEY, { text: 'A' }, T1);
    expect(Object.keys(JSON.parse(store.get(KEY) ?? '{}'))).toEqual(['text', 'baseUpdatedAt', 'editedAt']);
  });

  it('fill in what an older copy lacks', () => {
    store.set(KEY, JSON.stringify({ text: 'Old' }));
    expect(readKept(KEY)).toEqual({
      value: { text: 'Old' },
      baseUpdatedAt: null,
      editedAt: new Date(0).toISOString(),
    });
  });

  it('are not read from JSON that is no object', () => {
    store.set(KEY, '[1]');
    expect(readKept(KEY)).toBeNull();
  });
});
