import { describe, expect, it } from 'vitest';
import { readKept, startEditing, writeKept } from '../../components/editor/autosave-draft.js';
import { withMemoryStorage } from '../../components/editor/autosave-test-kit.js';
import { normaliseDocument } from './editor-model.js';
import { profileDraftSource, updatedAtOf } from './use-profile-draft.js';

// What the profile editor adds to the shared autosave (tested beside it): where its copy is kept,
// how a kept copy is read back, when two drafts are the same, and who saved the server's draft.
withMemoryStorage();

const KEY = 'kxhub.draft.country-profile.MX';
const T1 = '2026-06-28T22:00:00.000Z';
const T2 = '2026-06-28T22:05:00.000Z';
const source = profileDraftSource('MX', 'en');
const doc = (history: string) => normaliseDocument({ defaultLocale: 'en', history: { en: history } }, 'en');
const server = (history: string, updatedAt = T1) => ({
  content: doc(history),
  updatedAt,
  updatedBy: 'Ana (demo)',
});

describe('where the profile editor starts', () => {
  it('from the server draft, in its own language, when nothing is kept here', () => {
    const { value, state } = startEditing(source, server('Since 2011'));
    expect(state).toEqual({ kind: 'idle' });
    expect(value.doc.history).toEqual({ en: 'Since 2011' });
    expect(value.languages).toEqual(['en']);
  });

  it('from the edits kept under the country’s code, with their languages', () => {
    writeKept(KEY, { doc: doc('Since 2011, and more'), languages: ['en', 'fr'] }, T1);
    const { value, state } = startEditing(source, server('Since 2011'));
    expect(state).toEqual({ kind: 'dirty' });
    expect(value.doc.history).toEqual({ en: 'Since 2011, and more' });
    expect(value.languages).toEqual(['en', 'fr']);
  });

  it('takes the languages from the text when the kept copy lacks them', () => {
    writeKept(KEY, { doc: doc('Mine') }, T1);
    expect(startEditing(source, server('Theirs')).value.languages).toEqual(['en']);
  });

  it('names who saved the draft in a conflict', () => {
    writeKept(KEY, { doc: doc('My version'), languages: ['en'] }, T1);
    const { value, state } = startEditing(source, server('Their version', T2));
    expect(state).toEqual({ kind: 'conflict', theirs: { updatedAt: T2, updatedBy: 'Ana (demo)' } });
    expect(value.doc.history).toEqual({ en: 'My version' });
  });

  it('forgets kept edits that differ from the server draft in nothing a reader sees', () => {
    writeKept(KEY, { doc: doc('Since 2011'), languages: ['en'] }, T1);
    expect(startEditing(source, server('Since 2011', T2)).state).toEqual({ kind: 'idle' });
    expect(readKept(KEY)).toBeNull();
  });

  it('reads the new time stamp from a save’s answer', () => {
    expect(updatedAtOf({ draft: { updatedAt: T2 } })).toBe(T2);
    expect(updatedAtOf({ updatedAt: T2 })).toBe(T2);
    expect(updatedAtOf(null)).toBeNull();
  });
});
