import { afterEach, beforeEach } from 'vitest';

/**
 * Gives each test of the file an empty localStorage (tests run in Node, which has none) and
 * returns the map behind it, so a test can plant or inspect a kept copy.
 */
export function withMemoryStorage(): Map<string, string> {
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
  return store;
}
