import { describe, expect, it } from 'vitest';
import { codeListParams, readable, readCodeLists, readCodes } from './code-lists.js';

const query = (s: string) => new URLSearchParams(s);

describe('code lists in a URL', () => {
  it('reads comma-separated and repeated codes, trimmed, once each, malformed ones dropped', () => {
    expect(readCodes(query('c=MX&c=BR,MX,,%20CO%20&c=<script>'), 'c')).toEqual(['MX', 'BR', 'CO']);
  });

  it('keeps at most 20 codes', () => {
    const many = Array.from({ length: 30 }, (_, n) => `c${n}`).join(',');
    expect(readCodes(query(`c=${many}`), 'c')).toHaveLength(20);
  });

  it('reads every list, each with its own rule', () => {
    const lists = readCodeLists(
      query('status=open,bogus&country=KE'),
      ['status', 'country', 'sdg'],
      (name) => (name === 'status' ? (code) => code === 'open' : () => true),
    );
    expect(lists).toEqual({ status: ['open'], country: ['KE'], sdg: [] });
  });

  it('writes the lists that hold codes, in the order named, and keeps commas readable', () => {
    const params = codeListParams(['country', 'sdg', 'sector'], {
      sector: ['120'],
      sdg: [],
      country: ['KE', 'MX'],
    });
    expect(params).toEqual({ country: 'KE,MX', sector: '120' });
    expect(Object.keys(params)).toEqual(['country', 'sector']);
    expect(readable('/needs?country=KE%2CMX%2cBR')).toBe('/needs?country=KE,MX,BR');
  });
});
