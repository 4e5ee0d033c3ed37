import { type CompiledWeights, compileWeights, type MatchWeights } from '../../../shared/matching/index.js';
import { CANDIDATE_KINDS, isShared, strongFor, wantedDimensions } from './matching.items.js';
import type { MatchIndex } from './matching.pools.js';
import { storedFactors } from './matching.presenter.js';
import { rankForNeed } from './matching.rank.js';
import type { NeedMatchValues } from './matching.repository.js';

/** How many matches of each kind the nightly run keeps per need. */
export const NIGHTLY_TOP = 10;
/** Needs whose matches are written in one transaction. */
export const BATCH = 250;

/** One batch of results: the needs it covers (their old rows are replaced) and their best matches. */
export interface MatchBatch {
  needIds: string[];
  values: NeedMatchValues[];
}

/**
 * The best NIGHTLY_TOP matches of each kind for the live needs `[from, to)` of the index, a batch
 * of BATCH needs at a time. Stored are only candidates every member may see (a digest goes to
 * the need's people, who are of another organisation), never the need's own organisation's, nor
 * its own country as a peer. Pure: the main thread and worker threads run the same code.
 */
export function* matchBatches(
  index: MatchIndex,
  weights: MatchWeights | CompiledWeights,
  minScore: number,
  from = 0,
  to = index.needs.prepared.length,
): Generator<MatchBatch> {
  const w = compileWeights(weights);
  const { prepared, rows } = index.needs;
  for (let start = from; start < to; start += BATCH) {
    const batch: MatchBatch = { needIds: [], values: [] };
    for (let i = start; i < Math.min(to, start + BATCH); i++) {
      const need = prepared[i]!;
      const row = rows[i]!;
      const wanted = wantedDimensions(row);
      batch.needIds.push(row.id);
      for (const kind of CANDIDATE_KINDS) {
        const ranked = rankForNeed(index, kind, need, w, NIGHTLY_TOP, minScore, (m) =>
          m.organisation?.id === row.organisation_id || !isShared(m)
            ? false
            : kind !== 'country' || (m.id !== row.country_code && strongFor(index.strong.get(m.id), wanted)),
        );
        ranked.forEach((r, rank) => {
          batch.values.push({
            need_id: row.id,
            candidate_kind: kind,
            candidate_id: r.meta.id,
            rank: rank + 1,
            score: r.match.score,
            factors: JSON.stringify(storedFactors(r.match)),
          });
        });
      }
    }
    yield batch;
  }
}
