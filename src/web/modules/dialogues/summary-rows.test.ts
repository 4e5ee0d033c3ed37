import { describe, expect, it } from 'vitest';
import { keyedRows, markAdded, moveAt, removeAt, takeAdded } from './summary-rows.js';

const rows = [
  { key: 'a', ideas: ['a1', 'a2'] },
  { key: 'b', ideas: [] },
  { key: 'c', ideas: ['c1'] },
];

describe('reordering topics and ideas', () => {
  it('swaps a row with its neighbour, carrying what it holds', () => {
    expect(moveAt(rows, 0, 1).map((r) => r.key)).toEqual(['b', 'a', 'c']);
    expect(moveAt(rows, 2, -1)[1]).toEqual({ key: 'c', ideas: ['c1'] });
  });

  it('leaves the list as it is at either end, and never changes the list given', () => {
    expect(moveAt(rows, 0, -1)).toEqual(rows);
    expect(moveAt(rows, 2, 1)).toEqual(rows);
    expect(moveAt(rows, 7, 1)).toEqual(rows);
    expect(rows.map((r) => r.key)).toEqual(['a', 'b', 'c']);
  });

  it('removes and changes rows through the view RowActions uses', () => {
    let current = rows;
    const view = () => keyedRows(current, (next) => (current = next));
    view().move(1, 1);
    expect(current.map((r) => r.key)).toEqual(['a', 'c', 'b']);
    view().set(0, { ideas: ['a2', 'a1'] });
    expect(current[0]).toEqual({ key: 'a', ideas: ['a2', 'a1'] });
    view().remove(1);
    expect(current.map((r) => r.key)).toEqual(['a', 'b']);
    expect(view().count).toBe(2);
    expect(removeAt(['x'], 3)).toEqual(['x']);
  });

  it('gives focus once, to the row just added only', () => {
    markAdded('new-1');
    expect(takeAdded('a')).toBe(false);
    expect(takeAdded('new-1')).toBe(true);
    expect(takeAdded('new-1')).toBe(false);
  });
});
