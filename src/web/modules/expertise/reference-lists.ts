import { useEffect, useState } from 'react';
import type { CodeItem } from '../../../shared/contracts/reference.js';
import { api } from '../../api/client.js';

/** A code and its name in the reader's language, as pickers and filters show them. */
export interface Coded {
  code: string;
  name: string;
  /** How to show the item when not "code name" (e.g. "Goal 16, all its targets"). */
  label?: string;
}

// Each list is fetched once per language and visit, and shared by every picker on the page.
const cache = new Map<string, Promise<Coded[]>>();

function load(path: string, map: (items: unknown[]) => Coded[]): Promise<Coded[]> {
  let promise = cache.get(path);
  if (!promise) {
    promise = api.get<{ items: unknown[] }>(path).then((page) => map(page.items));
    promise.catch(() => cache.delete(path)); // a later page retries after a network blip
    cache.set(path, promise);
  }
  return promise;
}

function useList(path: string, map: (items: unknown[]) => Coded[]): Coded[] {
  const [items, setItems] = useState<Coded[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `map` is a fixed function per list
  useEffect(() => {
    let live = true;
    load(path, map).then(
      (list) => live && setItems(list),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return items;
}

const codes = (items: unknown[]) =>
  (items as CodeItem[]).filter((i) => i.status === 'active').map((i) => ({ code: i.code, name: i.name }));
const named = (items: unknown[]) => items as Coded[];
const labelled = (items: unknown[]) =>
  (items as { code: string; label: string; active: boolean }[])
    .filter((i) => i.active)
    .map((i) => ({ code: i.code, name: i.label }));

/** DAC sector categories (3 digits) followed by purpose codes (5 digits), in code order. */
export function useSectors(locale: string): Coded[] {
  const categories = useList(`/reference/codelists/SectorCategory?locale=${locale}`, codes);
  const sectors = useList(`/reference/codelists/Sector?locale=${locale}`, codes);
  return [...categories, ...sectors].sort((a, b) => a.code.localeCompare(b.code));
}

/** The 169 SDG targets ("16.6 …"). */
export const useSdgTargets = (locale: string) =>
  useList(`/reference/codelists/UNSDG-Targets?locale=${locale}`, codes);

/** The 17 goals, for filtering by a whole goal. */
export const useSdgGoals = (locale: string) =>
  useList(`/reference/codelists/UNSDG-Goals?locale=${locale}`, codes);

/** Languages (ISO 639-1), named in the reader's language. */
export const useSpokenLanguages = (locale: string) => useList(`/reference/languages?locale=${locale}`, named);

/** The instruments of knowledge exchange (an editable vocabulary). */
export const useInstruments = (locale: string) =>
  useList(`/vocabularies/instrument?locale=${locale}`, labelled);
