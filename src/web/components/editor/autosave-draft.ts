import type { ApiError } from '../../api/client.js';

/** How long typing must pause before the edits are sent to the server. */
export const AUTOSAVE_DELAY_MS = 3000;

/** A copy on the server as the conflict notice tells of it: when it was saved and, if known, by whom. */
export interface Version {
  updatedAt: string | null;
  updatedBy?: string | null;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'blocked' }
  | { kind: 'error'; error: ApiError }
  | { kind: 'conflict'; theirs: Version | null };

/**
 * What an editor tells the autosave about its document: where the device keeps it, how to read
 * and send the server's copy, and when two copies are the same. `T` is the value under edit, an
 * object kept in storage as it is; `S` is the server's copy as fetched.
 */
export interface DraftSource<T extends object, S> {
  /** The localStorage key of this device's copy (one per record). */
  storageKey: string;
  /** The server's copy as the value the editor works on. */
  open: (server: S) => T;
  /** When the server's copy was saved (the time stamp saves are checked against) and by whom. */
  version: (server: S) => Version;
  /** A copy read back from storage made whole, or null when it cannot be used. */
  restore: (kept: Partial<T>) => T | null;
  /** True when two values hold the same content: kept edits the server already has are forgotten. */
  same: (mine: T, theirs: T) => boolean;
  /** True when the value has problems found on this device, which keep it from being sent. */
  blocked: (value: T) => boolean;
  /** The server's current copy (null: it has none). */
  fetch: () => Promise<S | null>;
  /** Sends the value as based on the given time stamp; resolves to the new one (null: unknown). */
  put: (value: T, baseUpdatedAt: string | null) => Promise<string | null>;
  /** Whether leaving the page within the pause still sends the last changes. */
  sendOnLeave?: boolean;
}

/** This device's copy of the edits, kept at every change until the server holds them. */
export interface Kept<T> {
  value: Partial<T>;
  /** The server's copy these edits started from. */
  baseUpdatedAt: string | null;
  /** When the last change was made on this device. */
  editedAt: string;
}

// The value is stored flat, beside the two time stamps, as each editor did before sharing this
// code: copies kept by earlier versions still load.

/** The copy kept under a key, if any and readable, with what an older copy lacks filled in. */
export function readKept<T extends object>(key: string): Kept<T> | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const { baseUpdatedAt, editedAt, ...value } = parsed as Record<string, unknown>;
    return {
      value: value as Partial<T>,
      baseUpdatedAt: typeof baseUpdatedAt === 'string' ? baseUpdatedAt : null,
      editedAt: typeof editedAt === 'string' ? editedAt : new Date(0).toISOString(),
    };
  } catch {
    return null;
  }
}

/** Keeps a value on this device, noting the server copy it started from. */
export function writeKept(key: string, value: object, baseUpdatedAt: string | null): void {
  try {
    localStorage.setItem(
      key,
      JSON.stringify({ ...value, baseUpdatedAt, editedAt: new Date().toISOString() }),
    );
  } catch {
    // Storage full or disabled: the server copy is then the only safety net.
  }
}

export function dropKept(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing was kept either
  }
}

export interface Start<T> {
  value: T;
  state: SaveState;
  /** True when edits kept on this device were restored over the server's copy. */
  restored: boolean;
}

/**
 * Where editing starts: the server's copy, or the edits this device kept (an autosaved draft
 * survives a closed tab). Kept edits that started from the server's current copy simply continue;
 * kept edits that started from an older copy are a conflict the user settles (load theirs /
 * overwrite); kept edits equal to the server's copy are forgotten.
 */
export function startEditing<T extends object, S>(source: DraftSource<T, S>, server: S): Start<T> {
  const theirs = source.open(server);
  const kept = readKept<T>(source.storageKey);
  const mine = kept ? source.restore(kept.value) : null;
  if (!kept || !mine) return { value: theirs, state: { kind: 'idle' }, restored: false };
  if (source.same(mine, theirs)) {
    dropKept(source.storageKey);
    return { value: theirs, state: { kind: 'idle' }, restored: false };
  }
  const version = source.version(server);
  if (kept.baseUpdatedAt === version.updatedAt)
    return { value: mine, state: { kind: 'dirty' }, restored: true };
  return { value: mine, state: { kind: 'conflict', theirs: version }, restored: true };
}
