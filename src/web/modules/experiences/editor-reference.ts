import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';

// Lists that change rarely, fetched once per language and visit and shared by every page.
const cache = new Map<string, Promise<unknown[]>>();

function load<T>(path: string): Promise<T[]> {
  let promise = cache.get(path);
  if (!promise) {
    promise = api.get<{ items: unknown[] }>(path).then((page) => page.items);
    promise.catch(() => cache.delete(path)); // a later page retries after a network blip
    cache.set(path, promise);
  }
  return promise as Promise<T[]>;
}

function useList<T>(path: string | null): { items: T[]; loaded: boolean } {
  const [state, setState] = useState<{ path: string | null; items: T[] }>({ path: null, items: [] });
  useEffect(() => {
    if (!path) return;
    let live = true;
    load<T>(path).then(
      (items) => live && setState({ path, items }),
      () => live && setState({ path, items: [] }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return { items: state.path === path ? state.items : [], loaded: state.path === path };
}

export interface Currency {
  code: string;
  name: string;
}

/** ISO 4217 currencies, named in the given language. */
export const useCurrencies = (locale: string) =>
  useList<Currency>(`/reference/currencies?locale=${locale}`).items;

/** A criterion of the review checklist: what a reviewer confirms before publishing. */
export interface ReviewCriterion {
  code: string;
  label: string;
  definition: string;
}

/** The review checklist (the `review_criterion` vocabulary, active terms in order); null = do not load. */
export function useReviewCriteria(locale: string | null): { items: ReviewCriterion[]; loaded: boolean } {
  return useList<ReviewCriterion>(locale ? `/experiences/review-criteria?locale=${locale}` : null);
}
