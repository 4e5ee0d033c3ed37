import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment } from '../../../shared/contracts/assessments.js';
import { ApiError, api } from '../../api/client.js';
import { isEmptyPatch, mergePatch, type PendingPatch, toPatchBody } from './form-model.js';

const KEY = 'kxhub.assessment.';
const DEBOUNCE_MS = 1500;
const RETRY_MS = 15_000;

/** The changes of a round not yet saved to the server, kept on this device. */
export function readKept(id: string): PendingPatch | null {
  try {
    const raw = localStorage.getItem(KEY + id);
    return raw ? (JSON.parse(raw) as PendingPatch) : null;
  } catch {
    return null;
  }
}

function keep(id: string, patch: PendingPatch): void {
  try {
    if (isEmptyPatch(patch)) localStorage.removeItem(KEY + id);
    else localStorage.setItem(KEY + id, JSON.stringify(patch));
  } catch {
    // Storage full or disabled: the server copy is still saved, only the safety net is missing.
  }
}

export function forgetKept(id: string): void {
  keep(id, {});
}

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosave {
  status: SaveStatus;
  error: ApiError | undefined;
  savedAt: Date | undefined;
  /** Adds a change: kept on the device at once, sent to the server after a pause in typing. */
  queue: (patch: PendingPatch) => void;
  /** Sends what is pending now; rejects with the API error if the save fails. */
  flush: () => Promise<void>;
}

/**
 * Autosave of a draft: every change goes to localStorage immediately (a closed tab loses
 * nothing) and to the server as a debounced PATCH of what changed since the last save. Saves run
 * one at a time; a failed save keeps its changes for the next try (automatic for network errors).
 */
export function useAutosave(
  id: string,
  kept: PendingPatch | null,
  onSaved?: (a: Assessment) => void,
): Autosave {
  const pending = useRef<PendingPatch>(kept ?? {});
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatus>(kept ? 'pending' : 'idle');
  const [error, setError] = useState<ApiError>();
  const [savedAt, setSavedAt] = useState<Date>();
  const saved = useRef(onSaved);
  saved.current = onSaved;

  const send = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (running.current) await running.current.catch(() => undefined);
    const patch = pending.current;
    if (isEmptyPatch(patch)) return;
    pending.current = {};
    setStatus('saving');
    const attempt = api.patch<Assessment>(`/assessments/${id}`, toPatchBody(patch)).then(
      (a) => {
        keep(id, pending.current);
        setError(undefined);
        setSavedAt(new Date());
        setStatus(isEmptyPatch(pending.current) ? 'saved' : 'pending');
        saved.current?.(a);
      },
      (reason: unknown) => {
        // Put the changes back under any made since, so nothing is lost.
        pending.current = mergePatch(patch, pending.current);
        keep(id, pending.current);
        const err = reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));
        setError(err);
        setStatus('error');
        if (err.status === 0 || err.status >= 500 || err.status === 429)
          timer.current = setTimeout(() => void send().catch(() => undefined), RETRY_MS);
        throw err;
      },
    );
    running.current = attempt;
    try {
      await attempt;
    } finally {
      if (running.current === attempt) running.current = null;
    }
  }, [id]);

  const queue = useCallback(
    (patch: PendingPatch) => {
      pending.current = mergePatch(pending.current, patch);
      keep(id, pending.current);
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send().catch(() => undefined), DEBOUNCE_MS);
    },
    [id, send],
  );

  // Changes restored from the device go to the server as soon as the form opens.
  useEffect(() => {
    if (kept) void send().catch(() => undefined);
  }, [kept, send]);

  // Leaving the page within the pause still sends the last changes.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (!isEmptyPatch(pending.current)) void send().catch(() => undefined);
    },
    [send],
  );

  return { status, error, savedAt, queue, flush: send };
}
