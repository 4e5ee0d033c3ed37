import { useEffect, useState } from 'react';
import type { VocabularyItem } from '../../../shared/contracts/reference.js';
import { api } from '../../api/client.js';

// Vocabularies change rarely: one request per vocabulary and language per visit.
const cache = new Map<string, Promise<{ items: VocabularyItem[] }>>();

function load(path: string): Promise<{ items: VocabularyItem[] }> {
  let promise = cache.get(path);
  if (!promise) {
    promise = api.get<{ items: VocabularyItem[] }>(path);
    promise.catch(() => cache.delete(path)); // a later page may retry after a network blip
    cache.set(path, promise);
  }
  return promise;
}

/**
 * The terms of a product vocabulary (country_role, ssc_modality…), in order, in the given language.
 * Administrators also receive retired terms: forms offer only `active` ones, labels use all.
 */
export function useVocabulary(name: string, locale: string): VocabularyItem[] {
  const [items, setItems] = useState<VocabularyItem[]>([]);
  useEffect(() => {
    let live = true;
    load(`/vocabularies/${name}?locale=${locale}`).then(
      (page) => live && setItems([...page.items].sort((a, b) => a.position - b.position)),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [name, locale]);
  return items;
}

/** The label of a code in a loaded vocabulary; the code itself until the list arrives (or if retired). */
export function termLabel(items: readonly VocabularyItem[], code: string): string {
  return items.find((i) => i.code === code)?.label ?? code;
}
