import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { convenerSite } from './list-model.js';
import type { Dialogue } from './types.js';

// Sites by dialogue, fetched once per visit: a list shows the same dialogues again and again.
const cache = new Map<string, Promise<{ city: string; timeZone: string } | null>>();

function convenerZoneOf(id: string) {
  let promise = cache.get(id);
  if (!promise) {
    promise = api.get<Dialogue>(`/dialogues/${encodeURIComponent(id)}`).then(
      (d) => {
        const site = convenerSite(d);
        return site ? { city: site.city, timeZone: site.timeZone } : null;
      },
      () => null,
    );
    cache.set(id, promise);
  }
  return promise;
}

/**
 * The convener's city and zone of each listed dialogue (the list's entries carry no sites). Asked
 * only for upcoming dialogues, a handful, each once per visit.
 */
export function useConvenerZones(ids: readonly string[]) {
  const [zones, setZones] = useState<Record<string, { city: string; timeZone: string } | null>>({});
  const wanted = ids.join(',');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const list = wanted.split(',');
    Promise.all(list.map(convenerZoneOf)).then((found) => {
      if (live) setZones(Object.fromEntries(list.map((id, i) => [id, found[i] ?? null])));
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return zones;
}
