import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'kxhub.draft.';

function read<T>(key: string): Partial<T> | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Partial<T>) : null;
  } catch {
    return null;
  }
}

function remove(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // storage disabled: nothing was kept either
  }
}

export interface Draft<T> {
  value: T;
  update: (patch: Partial<T>) => void;
  /** Forget the kept draft once the record is saved. */
  clear: () => void;
  /** Throw away the kept draft and go back to the initial values. */
  discard: () => void;
  /** True when the form started from a draft left by an earlier visit. */
  restored: boolean;
}

/**
 * Form state mirrored to localStorage on every change, so a reload, a dropped connection or a
 * closed tab never loses what was typed. A draft from an older version is merged over `initial`.
 */
export function useDraft<T extends object>(key: string, initial: T): Draft<T> {
  const [restored, setRestored] = useState(() => read<T>(key) !== null);
  const [value, setValue] = useState<T>(() => ({ ...initial, ...(read<T>(key) ?? {}) }));
  const dirty = useRef(false);
  const initialRef = useRef(initial);

  useEffect(() => {
    if (!dirty.current) return;
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the form still works, only the safety net is missing.
    }
  }, [key, value]);

  const update = useCallback((patch: Partial<T>) => {
    dirty.current = true;
    setValue((prev) => ({ ...prev, ...patch }));
  }, []);

  const clear = useCallback(() => {
    dirty.current = false;
    remove(key);
    setRestored(false);
  }, [key]);

  const discard = useCallback(() => {
    clear();
    setValue(initialRef.current);
  }, [clear]);

  return { value, update, clear, discard, restored };
}
