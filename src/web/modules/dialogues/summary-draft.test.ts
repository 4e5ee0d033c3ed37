import { describe, expect, it } from 'vitest';
import type { DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import { ApiError } from '../../api/client.js';
import { readKept, startEditing, writeKept } from '../../components/editor/autosave-draft.js';
import { withMemoryStorage } from '../../components/editor/autosave-test-kit.js';
import { baseRevisionOf, isStaleSave, revisionToken } from './stale-save.js';
import { summaryDraftSource } from './summary-draft.js';
import { openSummary } from './summary-model.js';

// What the summary editor adds to the shared autosave (tested beside it): the summary's revision
// stands where the autosave keeps a time stamp, so edits begun on an older revision are a conflict.
withMemoryStorage();

const ID = '5d2a0c4e-8f1b-4a6d-9c3e-7b8a9d0e1f2a';
const KEY = `kxhub.draft.dialogue-summary.${ID}`;
const source = summaryDraftSource({
  dialogueId: ID,
  defaultLocale: 'en',
  locale: 'en',
  onRefused: () => undefined,
  onSaved: () => undefined,
});

const summary = (highlights: string, revision: number): DialogueSummaryResult => ({
  dialogueId: ID,
  status: 'held',
  highlights: { en: highlights },
  topics: [],
  attendance: { sites: [], total: null },
  revision,
});
const mine = openSummary(summary('Mine', 0), 'en', 'en');

describe('where the summary editor starts', () => {
  it('continues edits kept on this device when they started from the revision the server holds', () => {
    writeKept(KEY, mine, revisionToken(3));
    const start = startEditing(source, summary('Theirs', 3));
    expect(start.value.highlights).toEqual({ en: 'Mine' });
    expect(start).toMatchObject({ state: { kind: 'dirty' }, restored: true });
  });

  it('is a conflict, the edits kept, when someone saved the summary since', () => {
    writeKept(KEY, mine, revisionToken(3));
    const start = startEditing(source, summary('Theirs', 4));
    expect(start.value.highlights).toEqual({ en: 'Mine' });
    expect(start.state).toEqual({ kind: 'conflict', theirs: { updatedAt: '4' } });
    expect(readKept(KEY)?.baseUpdatedAt).toBe('3');
  });

  it('forgets kept edits the server already holds, whatever its revision', () => {
    writeKept(KEY, openSummary(summary('Same', 0), 'en', 'en'), revisionToken(1));
    expect(startEditing(source, summary('Same', 5)).state).toEqual({ kind: 'idle' });
    expect(readKept(KEY)).toBeNull();
  });
});

describe('the revision sent back', () => {
  it('is the digits the autosave kept; none when it kept nothing usable', () => {
    expect(baseRevisionOf(revisionToken(12))).toEqual({ baseRevision: 12 });
    expect(baseRevisionOf(revisionToken(0))).toEqual({ baseRevision: 0 });
    expect(baseRevisionOf(null)).toEqual({});
    expect(baseRevisionOf('2026-06-28T22:00:00.000Z')).toEqual({});
  });

  it('tells a save someone else made stale from other refusals', () => {
    expect(isStaleSave(new ApiError(409, 'conflict', 'stale', 'baseRevision'))).toBe(true);
    expect(isStaleSave(new ApiError(409, 'conflict', 'not held', 'publish'))).toBe(false);
    expect(isStaleSave(new ApiError(400, 'validation', 'bad', 'baseRevision'))).toBe(false);
    expect(isStaleSave(new Error('offline'))).toBe(false);
  });
});
