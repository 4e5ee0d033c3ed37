import { useCallback, useEffect, useRef, useState } from 'react';
import type { Experience, ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { ApiError, api } from '../../api/client.js';
import { cleanDocument, localProblems, normaliseDocument, sameDocument } from './editor-model.js';

/** How long typing must pause before the working copy is sent to the server. */
export const AUTOSAVE_DELAY_MS = 3000;
const PREFIX = 'kxhub.draft.experience.';

/** This device's copy of the edits, kept at every change until the server holds them. */
export interface Kept {
  doc: ExperienceDocument;
  /** The server's working copy these edits started from (its contentUpdatedAt). */
  baseUpdatedAt: string | null;
  /** When the last change was made on this device. */
  editedAt: string;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'blocked' }
  | { kind: 'error'; error: ApiError }
  | { kind: 'conflict'; theirsAt: string | null };

/** The edits this device kept for an experience, if any (and readable). */
export function readKept(id: string): Kept | null {
  try {
    const raw = localStorage.getItem(PREFIX + id);
    if (!raw) return null;
    const kept = JSON.parse(raw) as Partial<Kept>;
    if (!kept || typeof kept !== 'object' || !kept.doc) return null;
    return {
      doc: kept.doc,
      baseUpdatedAt: typeof kept.baseUpdatedAt === 'string' ? kept.baseUpdatedAt : null,
      editedAt: typeof kept.editedAt === 'string' ? kept.editedAt : new Date(0).toISOString(),
    };
  } catch {
    return null;
  }
}

export function writeKept(id: string, kept: Kept): void {
  try {
    localStorage.setItem(PREFIX + id, JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the server copy is then the only safety net.
  }
}

export function dropKept(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    // nothing was kept either
  }
}

/** The working copy the server holds: its draft, else (never edited since) the published version. */
export function serverCopy(experience: Experience): { content: unknown; updatedAt: string | null } {
  if (experience.draft) return { content: experience.draft.content, updatedAt: experience.draft.updatedAt };
  return { content: experience.published?.content ?? {}, updatedAt: null };
}

export interface Start {
  doc: ExperienceDocument;
  state: SaveState;
  /** True when edits kept on this device were restored over the server's copy. */
  restored: boolean;
}

/**
 * Where editing starts: the server's working copy, or the edits this device kept (an autosaved
 * draft survives a closed tab). Kept edits that started from the server's current copy simply
 * continue; kept edits that started from an older copy are a conflict the user settles (load
 * theirs / overwrite); kept edits equal to the server's copy are forgotten.
 */
export function startEditing(id: string, experience: Experience, locale: string): Start {
  const server = serverCopy(experience);
  const theirs = normaliseDocument(server.content, locale);
  const kept = readKept(id);
  if (!kept) return { doc: theirs, state: { kind: 'idle' }, restored: false };
  const mine = normaliseDocument(kept.doc, locale);
  if (sameDocument(mine, theirs)) {
    dropKept(id);
    return { doc: theirs, state: { kind: 'idle' }, restored: false };
  }
  if (kept.baseUpdatedAt === server.updatedAt) return { doc: mine, state: { kind: 'dirty' }, restored: true };
  return { doc: mine, state: { kind: 'conflict', theirsAt: server.updatedAt }, restored: true };
}

/**
 * The working copy under edit. Every change is kept on this device at once and sent to the server
 * (PUT …/draft) after a pause in typing or on "Save", with the time stamp of the copy it started
 * from: if someone saved in between, the server answers 409 and the edits stay here until the user
 * chooses whose version continues.
 */
export function useExperienceDraft(
  experience: Experience,
  locale: string,
  onSaved: (experience: Experience) => void,
) {
  const id = experience.id;
  const [initial] = useState(() => startEditing(id, experience, locale));
  const [doc, setDoc] = useState<ExperienceDocument>(initial.doc);
  const [state, setStateValue] = useState<SaveState>(initial.state);
  const [restored, setRestored] = useState(initial.restored);

  const docRef = useRef(doc);
  const stateRef = useRef(state);
  const baseRef = useRef(serverCopy(experience).updatedAt);
  const revision = useRef(0);
  const savedRevision = useRef(initial.state.kind === 'idle' ? 0 : -1);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saved = useRef(onSaved);
  saved.current = onSaved;

  const setState = useCallback((next: SaveState) => {
    stateRef.current = next;
    setStateValue(next);
  }, []);

  const keep = useCallback(() => {
    writeKept(id, {
      doc: docRef.current,
      baseUpdatedAt: baseRef.current,
      editedAt: new Date().toISOString(),
    });
  }, [id]);

  const fetchServer = useCallback(
    () => api.get<Experience>(`/experiences/${id}?locale=${locale}`),
    [id, locale],
  );

  const send = useCallback(async (): Promise<boolean> => {
    const rev = revision.current;
    setState({ kind: 'saving' });
    try {
      const answer = await api.put<Experience>(`/experiences/${id}/draft`, {
        content: cleanDocument(docRef.current),
        ...(baseRef.current ? { baseUpdatedAt: baseRef.current } : {}),
      });
      baseRef.current = answer?.draft?.updatedAt ?? baseRef.current;
      savedRevision.current = rev;
      if (revision.current === rev) {
        dropKept(id);
        setState({ kind: 'saved', at: new Date() });
      } else {
        keep(); // typed on while saving: the kept copy now starts from the new server copy
        setState({ kind: 'dirty' });
      }
      if (answer) saved.current(answer);
      return true;
    } catch (reason) {
      const error = reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));
      if (error.status === 409) {
        setState({ kind: 'conflict', theirsAt: null });
        fetchServer().then(
          (theirs) =>
            stateRef.current.kind === 'conflict' &&
            setState({ kind: 'conflict', theirsAt: serverCopy(theirs).updatedAt }),
          () => undefined,
        );
      } else {
        setState({ kind: 'error', error });
      }
      return false;
    }
  }, [id, fetchServer, keep, setState]);

  /** Sends the working copy now (after any save under way); true once the server holds every edit. */
  const save = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (stateRef.current.kind === 'conflict') return false;
    if (Object.keys(localProblems(docRef.current)).length > 0) {
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
    (change: (current: ExperienceDocument) => ExperienceDocument) => {
      const next = change(docRef.current);
      docRef.current = next;
      revision.current++;
      setDoc(next);
      keep();
      if (stateRef.current.kind === 'conflict') return;
      setState({ kind: 'dirty' });
      schedule();
    },
    [keep, schedule, setState],
  );

  /** Conflict: drop this device's edits and continue from the server's copy. */
  const loadTheirs = useCallback(async () => {
    const theirs = await fetchServer();
    const server = serverCopy(theirs);
    const next = normaliseDocument(server.content, locale);
    docRef.current = next;
    baseRef.current = server.updatedAt;
    revision.current++;
    savedRevision.current = revision.current;
    dropKept(id);
    setDoc(next);
    setRestored(false);
    setState({ kind: 'idle' });
    saved.current(theirs);
  }, [id, fetchServer, locale, setState]);

  /** Conflict: save this device's edits over the server's copy. */
  const overwrite = useCallback(async () => {
    const theirs = await fetchServer();
    baseRef.current = serverCopy(theirs).updatedAt;
    savedRevision.current = -1;
    keep();
    setState({ kind: 'dirty' });
    return save();
  }, [fetchServer, keep, save, setState]);

  /** Forget the local copy (after a submission took the working copy away from the editor). */
  const forget = useCallback(() => {
    clearTimeout(timer.current);
    savedRevision.current = revision.current;
    dropKept(id);
  }, [id]);

  // A restored copy that started from the server's current one goes there after the usual pause.
  useEffect(() => {
    if (initial.state.kind === 'dirty') schedule();
  }, [initial, schedule]);

  // Leaving the page within the pause still sends the last changes (the device keeps them anyway).
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      const pending = savedRevision.current !== revision.current;
      const sendable = Object.keys(localProblems(docRef.current)).length === 0;
      if (pending && sendable && stateRef.current.kind !== 'conflict' && !inFlight.current) void send();
    },
    [send],
  );

  return {
    doc,
    state,
    restored,
    dismissRestored: () => setRestored(false),
    update,
    save,
    loadTheirs,
    overwrite,
    forget,
  };
}
