import { describe, expect, it } from 'vitest';
import { parseNumber } from './NumberField.js';

describe('parseNumber', () => {
  it('reads numbers, decimal commas and empty input', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber(' 2019 ')).toBe(2019);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('abc')).toBeNull();
  });
});
