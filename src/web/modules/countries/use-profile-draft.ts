import { useCallback, useEffect, useRef, useState } from 'react';
import type { CountryPage, ProfileDocument } from '../../../shared/contracts/country-profiles.js';
import { diffProfiles } from '../../../shared/country-profile-diff.js';
import { ApiError, api } from '../../api/client.js';
import { cleanDocument, documentLanguages, localProblems, normaliseDocument } from './editor-model.js';

/** How long typing must pause before the draft is sent to the server. */
export const AUTOSAVE_DELAY_MS = 3000;
const PREFIX = 'kxhub.draft.country-profile.';

export interface Editing {
  doc: ProfileDocument;
  /** The languages the texts are written in; the first is the profile's own. */
  languages: string[];
}

interface Kept extends Editing {
  /** The server draft these edits started from. */
  baseUpdatedAt: string;
}

export interface Theirs {
  updatedAt: string;
  updatedBy: string | null;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'blocked' }
  | { kind: 'error'; error: ApiError }
  | { kind: 'conflict'; theirs: Theirs | null };

type ServerDraft = NonNullable<CountryPage['draft']>;

/** This device's unsaved edits of a country's profile, if any. */
export function readKept(key: string): Kept | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Kept) : null;
  } catch {
    return null;
  }
}

export function writeKept(key: string, kept: Kept): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the server copy is then the only safety net.
  }
}

function dropKept(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing was kept either
  }
}

/** The draft's time stamp in a save's answer, whichever shape the server gives it. */
export function updatedAtOf(answer: unknown): string | null {
  const a = answer as { updatedAt?: unknown; draft?: { updatedAt?: unknown } } | null;
  const value = a?.draft?.updatedAt ?? a?.updatedAt;
  return typeof value === 'string' ? value : null;
}

function fromServer(draft: ServerDraft, locale: string): Editing {
  const doc = normaliseDocument(draft.content, locale);
  return { doc, languages: documentLanguages(doc, locale) };
}

/** The start: the server's draft, or this device's unsaved edits of it (in conflict if the server moved on). */
export function startEditing(
  code: string,
  server: ServerDraft,
  locale: string,
): { editing: Editing; state: SaveState } {
  const kept = readKept(code);
  const theirs = fromServer(server, locale);
  if (!kept) return { editing: theirs, state: { kind: 'idle' } };
  const doc = normaliseDocument(kept.doc, locale);
  const languages = Array.isArray(kept.languages) ? kept.languages.filter((l) => typeof l === 'string') : [];
  const mine: Editing = { doc, languages: languages.length ? languages : documentLanguages(doc, locale) };
  if (diffProfiles(theirs.doc, cleanDocument(mine.doc, mine.languages)).length === 0) {
    dropKept(code); // the kept edits were saved after all
    return { editing: theirs, state: { kind: 'idle' } };
  }
  if (kept.baseUpdatedAt === server.updatedAt) return { editing: mine, state: { kind: 'dirty' } };
  return {
    editing: mine,
    state: { kind: 'conflict', theirs: { updatedAt: server.updatedAt, updatedBy: server.updatedBy } },
  };
}

/**
 * The profile editor's state. Every change is kept on this device at once (a closed tab or a
 * dropped line loses nothing) and sent to the server after a pause in typing or on "Save draft",
 * with the time stamp of the draft it started from: if someone saved in between, the server
 * answers 409 and the edits stay here until the user chooses whose version to keep.
 */
export function useProfileDraft(code: string, server: ServerDraft, locale: string) {
  const [initial] = useState(() => startEditing(code, server, locale));
  const [editing, setEditing] = useState<Editing>(initial.editing);
  const [state, setStateValue] = useState<SaveState>(initial.state);
  const restored = useRef(initial.state.kind !== 'idle').current;

  const editingRef = useRef(editing);
  const stateRef = useRef(state);
  const baseRef = useRef(server.updatedAt);
  const revision = useRef(0);
  const savedRevision = useRef(initial.state.kind === 'idle' ? 0 : -1);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setState = useCallback((next: SaveState) => {
    stateRef.current = next;
    setStateValue(next);
  }, []);

  const keep = useCallback(() => {
    writeKept(code, { ...editingRef.current, baseUpdatedAt: baseRef.current });
  }, [code]);

  const fetchDraft = useCallback(async (): Promise<ServerDraft | null> => {
    const page = await api.get<CountryPage>(`/countries/${code}?locale=${locale}`);
    return page.draft;
  }, [code, locale]);

  const send = useCallback(async (): Promise<boolean> => {
    const rev = revision.current;
    const { doc, languages } = editingRef.current;
    setState({ kind: 'saving' });
    try {
      const answer = await api.put(`/countries/${code}/profile/draft`, {
        draft: cleanDocument(doc, languages),
        baseUpdatedAt: baseRef.current,
      });
      const updatedAt = updatedAtOf(answer) ?? (await fetchDraft())?.updatedAt ?? baseRef.current;
      baseRef.current = updatedAt;
      savedRevision.current = rev;
      if (revision.current === rev) {
        dropKept(code);
        setState({ kind: 'saved', at: new Date() });
      } else {
        keep(); // typed on while saving: the kept copy now starts from the new server draft
        setState({ kind: 'dirty' });
      }
      return true;
    } catch (reason) {
      const error = reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));
      if (error.status === 409) {
        setState({ kind: 'conflict', theirs: null });
        fetchDraft().then(
          (draft) =>
            draft &&
            stateRef.current.kind === 'conflict' &&
            setState({
              kind: 'conflict',
              theirs: { updatedAt: draft.updatedAt, updatedBy: draft.updatedBy },
            }),
          () => undefined,
        );
      } else {
        setState({ kind: 'error', error });
      }
      return false;
    }
  }, [code, fetchDraft, keep, setState]);

  /** Sends the draft now (waiting for a save under way); true once the server holds every edit. */
  const save = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (stateRef.current.kind === 'conflict') return false;
    if (Object.keys(localProblems(editingRef.current.doc)).length > 0) {
      setState({ kind: 'blocked' });
      return false;
    }
    if (savedRevision.current === revision.current) return true;
    const run = send();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [send, setState]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save]);

  /** Applies a change: kept on the device at once, sent after a pause (not while in conflict). */
  const update = useCallback(
    (change: (current: Editing) => Editing) => {
      const next = change(editingRef.current);
      editingRef.current = next;
      revision.current++;
      setEditing(next);
      keep();
      if (stateRef.current.kind === 'conflict') return;
      setState({ kind: 'dirty' });
      schedule();
    },
    [keep, schedule, setState],
  );

  /** Conflict: drop this device's edits and continue from the server's draft. */
  const loadTheirs = useCallback(async () => {
    const draft = await fetchDraft();
    if (!draft) return;
    const next = fromServer(draft, locale);
    editingRef.current = next;
    baseRef.current = draft.updatedAt;
    revision.current++;
    savedRevision.current = revision.current;
    dropKept(code);
    setEditing(next);
    setState({ kind: 'idle' });
  }, [code, fetchDraft, locale, setState]);

  /** Conflict: save this device's edits over the server's draft. */
  const keepMine = useCallback(async () => {
    const draft = await fetchDraft();
    if (draft) baseRef.current = draft.updatedAt;
    savedRevision.current = -1;
    keep();
    setState({ kind: 'dirty' });
    return save();
  }, [fetchDraft, keep, save, setState]);

  // A restored, unconflicted copy goes to the server after the same pause as typing would.
  useEffect(() => {
    if (initial.state.kind === 'dirty') schedule();
    return () => clearTimeout(timer.current);
  }, [initial, schedule]);

  return { editing, state, restored, update, save, loadTheirs, keepMine };
}
