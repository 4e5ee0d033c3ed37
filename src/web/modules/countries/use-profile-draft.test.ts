import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseDocument } from './editor-model.js';
import { readKept, startEditing, updatedAtOf, writeKept } from './use-profile-draft.js';

// The hook's decisions that need no browser: where editing starts, given the server's draft and
// what this device kept. localStorage is replaced by a map.
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

const T1 = '2026-06-28T22:00:00.000Z';
const T2 = '2026-06-28T22:05:00.000Z';
const server = (history: string, updatedAt = T1) => ({
  content: normaliseDocument({ defaultLocale: 'en', history: { en: history } }, 'en'),
  updatedAt,
  updatedBy: 'Ana (demo)',
});
const keep = (history: string, baseUpdatedAt: string) =>
  writeKept('MX', {
    doc: normaliseDocument({ defaultLocale: 'en', history: { en: history } }, 'en'),
    languages: ['en'],
    baseUpdatedAt,
  });

describe('where the profile editor starts', () => {
  it('from the server draft when nothing is kept here', () => {
    const { editing, state } = startEditing('MX', server('Since 2011'), 'en');
    expect(state).toEqual({ kind: 'idle' });
    expect(editing.doc.history).toEqual({ en: 'Since 2011' });
    expect(editing.languages).toEqual(['en']);
  });

  it('from the kept edits, unsaved, when they start from the same server draft', () => {
    keep('Since 2011, and more', T1);
    const { editing, state } = startEditing('MX', server('Since 2011'), 'en');
    expect(state).toEqual({ kind: 'dirty' });
    expect(editing.doc.history).toEqual({ en: 'Since 2011, and more' });
  });

  it('in conflict when someone saved after the kept edits began, keeping them', () => {
    keep('My version', T1);
    const { editing, state } = startEditing('MX', server('Their version', T2), 'en');
    expect(state).toEqual({ kind: 'conflict', theirs: { updatedAt: T2, updatedBy: 'Ana (demo)' } });
    expect(editing.doc.history).toEqual({ en: 'My version' });
    expect(readKept('MX')).not.toBeNull();
  });

  it('forgets kept edits the server already holds', () => {
    keep('Since 2011', T1);
    const { state } = startEditing('MX', server('Since 2011', T2), 'en');
    expect(state).toEqual({ kind: 'idle' });
    expect(readKept('MX')).toBeNull();
  });

  it('survives a corrupt kept copy', () => {
    store.set('kxhub.draft.country-profile.MX', '{not json');
    expect(startEditing('MX', server('Since 2011'), 'en').state).toEqual({ kind: 'idle' });
  });

  it('reads the new time stamp from a save’s answer', () => {
    expect(updatedAtOf({ draft: { updatedAt: T2 } })).toBe(T2);
    expect(updatedAtOf({ updatedAt: T2 })).toBe(T2);
    expect(updatedAtOf(null)).toBeNull();
  });
});
