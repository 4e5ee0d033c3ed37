import type { Rows } from '../../components/editor/use-rows.js';

/** Moving, removing and changing the rows of a list (agenda rows, topics, a topic's ideas), without touching the list given. */

/** The list with the row at `from` moved to `to` (both kept inside the list). */
export function moveRow<T>(rows: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(rows.length - 1, to));
  if (from === target || from < 0 || from >= rows.length) return [...rows];
  const out = [...rows];
  const [row] = out.splice(from, 1);
  if (row !== undefined) out.splice(target, 0, row);
  return out;
}

/** The list with the row at `index` swapped with its neighbour above (-1) or below (1); at either end, unchanged. */
export const moveAt = <T>(list: readonly T[], index: number, by: -1 | 1): T[] =>
  moveRow(list, index, index + by);

export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

export const patchAt = <T extends object>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((row, i) => (i === index ? { ...row, ...patch } : row));

/**
 * RowActions' view of a list whose rows carry their own `key` (the summary's topics and ideas):
 * React keys come from the rows, so nothing positional has to follow a move.
 */
export function keyedRows<T extends { key: string }>(
  list: readonly T[],
  onChange: (rows: T[]) => void,
): Rows<T> {
  return {
    count: list.length,
    key: () => undefined,
    set: (index, patch) => onChange(patchAt(list, index, patch)),
    remove: (index) => onChange(removeAt(list, index)),
    move: (index, by) => onChange(moveAt(list, index, by)),
  };
}

// The row the person just added (by its key): it takes focus when it appears, so a keyboard or
// screen-reader user continues in the new row's first field instead of on the "Add" button.
let justAdded: string | null = null;

/** Notes the key of a row about to be added. */
export function markAdded(key: string): string {
  justAdded = key;
  return key;
}

/** True once for the row just added (its first render); false for every other row. */
export function takeAdded(key: string): boolean {
  if (justAdded !== key) return false;
  justAdded = null;
  return true;
}
