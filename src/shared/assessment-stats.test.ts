import { describe, expect, it } from 'vitest';
import {
  compareWithPeers,
  formatMedian,
  median,
  medianByDimension,
  ratingChange,
} from './assessment-stats.js';

describe('median', () => {
  it('is null for no values', () => expect(median([])).toBeNull());
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([3])).toBe(3);
    expect(median([4, 0, 2])).toBe(2);
    expect(median([1, 1, 4, 4, 0])).toBe(1);
  });
  it('is the mean of the middle two of an even count', () => {
    expect(median([1, 2])).toBe(1.5);
    expect(median([4, 0, 3, 1])).toBe(2);
    expect(median([0, 0, 1, 4])).toBe(0.5);
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('medianByDimension', () => {
  it('counts only the countries that rated each dimension', () => {
    const out = medianByDimension(
      [
        { code: 'BR', ratings: { a: 2, b: null } },
        { code: 'CL', ratings: { a: 4, b: 1 } },
        { code: 'CO', ratings: { a: 3 } },
      ],
      ['a', 'b', 'c'],
    );
    expect(out).toEqual({
      a: { median: 3, count: 3 },
      b: { median: 1, count: 1 },
      c: { median: null, count: 0 },
    });
  });
});

describe('compareWithPeers', () => {
  const network = [
    { code: 'MX', ratings: { a: 1, b: 4 } },
    { code: 'BR', ratings: { a: 3, b: 2 } },
    { code: 'CL', ratings: { a: 4, b: 0 } },
    { code: 'IN', ratings: { a: 0, b: 1 } },
  ];

  it('puts the country beside its peers (itself excluded) and the whole network', () => {
    const rows = compareWithPeers({
      country: 'MX',
      dimensions: ['a', 'b'],
      own: network[0]!.ratings,
      peers: network.slice(0, 3), // MX passed by mistake: it is dropped
      network,
    });
    expect(rows).toEqual([
      { code: 'a', rating: 1, peerMedian: 3.5, peerCount: 2, networkMedian: 2, networkCount: 4 },
      { code: 'b', rating: 4, peerMedian: 1, peerCount: 2, networkMedian: 1.5, networkCount: 4 },
    ]);
  });

  it('handles a country with no assessment and an empty peer group', () => {
    const rows = compareWithPeers({ country: 'PE', dimensions: ['a'], own: null, peers: [], network });
    expect(rows).toEqual([
      { code: 'a', rating: null, peerMedian: null, peerCount: 0, networkMedian: 2, networkCount: 4 },
    ]);
  });
});

describe('ratingChange and formatMedian', () => {
  it('gives the change only when both rounds rated the dimension', () => {
    expect(ratingChange(1, 3)).toBe(2);
    expect(ratingChange(3, 3)).toBe(0);
    expect(ratingChange(4, 2)).toBe(-2);
    expect(ratingChange(null, 2)).toBeNull();
    expect(ratingChange(2, undefined)).toBeNull();
  });
  it('formats halves with the reader’s decimal sign', () => {
    expect(formatMedian(2, 'en')).toBe('2');
    expect(formatMedian(2.5, 'en')).toBe('2.5');
    expect(formatMedian(2.5, 'fr')).toBe('2,5');
    expect(formatMedian(null, 'en')).toBe('–');
  });
});
