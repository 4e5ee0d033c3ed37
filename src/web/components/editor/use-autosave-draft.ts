import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import {
  AUTOSAVE_DELAY_MS,
  type DraftSource,
  dropKept,
  type SaveState,
  startEditing,
  writeKept,
} from './autosave-draft.js';

/**
 * A document under edit with autosave. Every change is kept on this device at once (a closed tab
 * or a dropped line loses nothing) and sent to the server after a pause in typing or on "Save",
 * with the time stamp of the copy it started from: if someone saved in between, the server answers
 * 409 and the edits stay here until the user chooses whose version continues.
 *
 * The source is read afresh at each call (its record, language and callbacks may change), so the
 * functions returned stay the same for the life of the editor.
 */
export function useAutosaveDraft<T extends object, S>(source: DraftSource<T, S>, server: S) {
  const src = useRef(source);
  src.current = source;
  const [initial] = useState(() => startEditing(source, server));
  const [value, setValue] = useState<T>(initial.value);
  const [state, setStateValue] = useState<SaveState>(initial.state);
  const [restored, setRestored] = useState(initial.restored);

  const valueRef = useRef(value);
  const stateRef = useRef(state);
  const baseRef = useRef(source.version(server).updatedAt);
  const revision = useRef(0);
  const savedRevision = useRef(initial.state.kind === 'idle' ? 0 : -1);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setState = useCallback((next: SaveState) => {
    stateRef.current = next;
    setStateValue(next);
  }, []);

  const keep = useCallback(() => writeKept(src.current.storageKey, valueRef.current, baseRef.current), []);

  const send = useCallback(async (): Promise<boolean> => {
    const rev = revision.current;
    setState({ kind: 'saving' });
    try {
      baseRef.current = (await src.current.put(valueRef.current, baseRef.current)) ?? baseRef.current;
      savedRevision.current = rev;
      if (revision.current === rev) {
        dropKept(src.current.storageKey);
        setState({ kind: 'saved', at: new Date() });
      } else {
        keep(); // typed on while saving: the kept copy now starts from the new server copy
        setState({ kind: 'dirty' });
      }
      return true;
    } catch (reason) {
      const error = reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));
      if (error.status === 409) {
        setState({ kind: 'conflict', theirs: null });
        // Who saved, and when, is told once known; the choice is offered at once.
        src.current.fetch().then(
          (theirs) =>
            theirs &&
            stateRef.current.kind === 'conflict' &&
            setState({ kind: 'conflict', theirs: src.current.version(theirs) }),
          () => undefined,
        );
      } else {
        setState({ kind: 'error', error });
      }
      return false;
    }
  }, [keep, setState]);

  /** Sends the edits now (after any save under way); true once the server holds every edit. */
  const save = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (stateRef.current.kind === 'conflict') return false;
    if (src.current.blocked(valueRef.current)) {
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
    (change: (current: T) => T) => {
      const next = change(valueRef.current);
      valueRef.current = next;
      revision.current++;
      setValue(next);
      keep();
      if (stateRef.current.kind === 'conflict') return;
      setState({ kind: 'dirty' });
      schedule();
    },
    [keep, schedule, setState],
  );

  /** Conflict: drop this device's edits and continue from the server's copy (returned, if any). */
  const loadTheirs = useCallback(async (): Promise<S | null> => {
    const theirs = await src.current.fetch();
    if (!theirs) return null;
    const next = src.current.open(theirs);
    valueRef.current = next;
    baseRef.current = src.current.version(theirs).updatedAt;
    revision.current++;
    savedRevision.current = revision.current;
    dropKept(src.current.storageKey);
    setValue(next);
    setRestored(false);
    setState({ kind: 'idle' });
    return theirs;
  }, [setState]);

  /** Conflict: save this device's edits over the server's copy. */
  const overwrite = useCallback(async (): Promise<boolean> => {
    const theirs = await src.current.fetch();
    if (theirs) baseRef.current = src.current.version(theirs).updatedAt;
    savedRevision.current = -1;
    keep();
    setState({ kind: 'dirty' });
    return save();
  }, [keep, save, setState]);

  /** Forget the local copy (once the record went where this editor no longer follows it). */
  const forget = useCallback(() => {
    clearTimeout(timer.current);
    savedRevision.current = revision.current;
    dropKept(src.current.storageKey);
  }, []);

  const dismissRestored = useCallback(() => setRestored(false), []);

  // A restored copy that started from the server's current one goes there after the usual pause.
  useEffect(() => {
    if (initial.state.kind === 'dirty') schedule();
  }, [initial, schedule]);

  // On leaving, the pending pause ends; where the source asks, the last changes are still sent
  // (the device keeps them anyway).
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (!src.current.sendOnLeave) return;
      const pending = savedRevision.current !== revision.current;
      const sendable = !src.current.blocked(valueRef.current);
      if (pending && sendable && stateRef.current.kind !== 'conflict' && !inFlight.current) void send();
    },
    [send],
  );

  return { value, state, restored, dismissRestored, update, save, loadTheirs, overwrite, forget };
}
