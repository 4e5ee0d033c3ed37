import { useRef } from 'react';

/** A repeatable group's rows, changed one at a time. */
export interface Rows<T> {
  count: number;
  /** A stable React key for the row at an index: rows carry no id of their own, and they move. */
  key: (index: number) => number | undefined;
  set: (index: number, patch: Partial<T>) => void;
  remove: (index: number) => void;
  /** Swaps a row with its neighbour above (-1) or below (1); at either end, nothing happens. */
  move: (index: number, by: -1 | 1) => void;
}

/** The mechanics of a repeatable group of rows (bodies, participants, links), its keys kept with the rows. */
export function useRows<T extends object>(rows: readonly T[], onChange: (rows: T[]) => void): Rows<T> {
  const keys = useRef<number[]>([]);
  const nextKey = useRef(0);
  while (keys.current.length < rows.length) keys.current.push(nextKey.current++);
  if (keys.current.length > rows.length) keys.current.length = rows.length;

  return {
    count: rows.length,
    key: (index) => keys.current[index],
    set: (index, patch) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row))),
    remove: (index) => {
      keys.current.splice(index, 1);
      onChange(rows.filter((_, i) => i !== index));
    },
    move: (index, by) => {
      const target = index + by;
      if (target < 0 || target >= rows.length) return;
      const order = [...rows];
      const [item] = order.splice(index, 1);
      if (!item) return;
      order.splice(target, 0, item);
      const [key] = keys.current.splice(index, 1);
      keys.current.splice(target, 0, key ?? nextKey.current++);
      onChange(order);
    },
  };
}
