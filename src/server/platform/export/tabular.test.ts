import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './tabular.js';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [null, ''],
    [42, '42'],
    [-3, '-3'],
  ])('%s → %s', (value, expected) => {
    expect(csvCell(value as never)).toBe(expected);
  });

  it('starts with a byte-order mark and uses CRLF', () => {
    const csv = toCsv([{ header: 'Name', value: (r: { n: string }) => r.n }], [{ n: 'México' }]);
    expect(csv).toBe('\uFEFFName\r\nMéxico\r\n');
  });
});
