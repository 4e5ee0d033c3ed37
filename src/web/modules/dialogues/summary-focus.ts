import { useEffect, useRef } from 'react';
import { takeAdded } from './summary-rows.js';

/** A row's ref: when the row was just added, its first field takes focus as it appears. */
export function useFocusWhenAdded<E extends HTMLElement>(key: string) {
  const ref = useRef<E>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on the row's first render
  useEffect(() => {
    if (takeAdded(key)) ref.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  return ref;
}
