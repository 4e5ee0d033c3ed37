import { describe, expect, it } from 'vitest';
import {
  addCode,
  canCompare,
  compareExportHref,
  compareHref,
  comparePath,
  parseCodes,
  removeCode,
} from './compare-codes.js';

describe('countries of a comparison', () => {
  it('parses a clean list', () => {
    expect(parseCodes('MX,CN,IN')).toEqual(['MX', 'CN', 'IN']);
  });

  it('forgives hand-edited links: case, spaces, duplicates, junk', () => {
    expect(parseCodes(' mx, CN ,mx,,X,CHN,12,in')).toEqual(['MX', 'CN', 'IN']);
  });

  it('keeps at most five, in the order given', () => {
    expect(parseCodes('AR,BR,CL,CO,MX,PE,UY')).toEqual(['AR', 'BR', 'CL', 'CO', 'MX']);
  });

  it('reads nothing from a missing or empty parameter', () => {
    expect(parseCodes(null)).toEqual([]);
    expect(parseCodes(undefined)).toEqual([]);
    expect(parseCodes('')).toEqual([]);
  });

  it('compares two to five countries', () => {
    expect(canCompare(['MX'])).toBe(false);
    expect(canCompare(['MX', 'CN'])).toBe(true);
    expect(canCompare(['AR', 'BR', 'CL', 'CO', 'MX'])).toBe(true);
    expect(canCompare(['AR', 'BR', 'CL', 'CO', 'MX', 'PE'])).toBe(false);
  });

  it('adds a country once, only while there is room', () => {
    expect(addCode(['MX'], 'cn')).toEqual(['MX', 'CN']);
    expect(addCode(['MX'], 'MX')).toEqual(['MX']);
    expect(addCode(['MX'], 'mexico')).toEqual(['MX']);
    expect(addCode(['AR', 'BR', 'CL', 'CO', 'MX'], 'PE')).toEqual(['AR', 'BR', 'CL', 'CO', 'MX']);
  });

  it('removes a country', () => {
    expect(removeCode(['MX', 'CN', 'IN'], 'CN')).toEqual(['MX', 'IN']);
    expect(removeCode(['MX'], 'CN')).toEqual(['MX']);
  });

  it('builds the shareable page address and the API paths', () => {
    expect(compareHref(['MX', 'CN'])).toBe('/countries/compare?codes=MX,CN');
    expect(compareHref([])).toBe('/countries/compare');
    expect(
      parseCodes(new URL(`https://hub.test${compareHref(['MX', 'CN'])}`).searchParams.get('codes')),
    ).toEqual(['MX', 'CN']);
    expect(comparePath(['MX', 'CN'], 'es')).toBe('/countries/compare?codes=MX%2CCN&locale=es');
    expect(compareExportHref(['MX', 'CN'], 'en', 'xlsx')).toBe(
      '/api/v1/countries/compare/export?codes=MX%2CCN&locale=en&format=xlsx',
    );
  });
});
