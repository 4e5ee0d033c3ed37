import { describe, expect, it } from 'vitest';
import { badgeText, isDue, UNREAD_MIN_GAP_MS } from './unread-count.js';

describe('unread count', () => {
  it('asks at once the first time, then not before the gap has passed', () => {
    expect(isDue(null, 1000)).toBe(true);
    expect(isDue(1000, 1000 + UNREAD_MIN_GAP_MS - 1)).toBe(false);
    expect(isDue(1000, 1000 + UNREAD_MIN_GAP_MS)).toBe(true);
    expect(isDue(1000, 1500, 500)).toBe(true);
  });

  it('caps the badge at 99+', () => {
    expect(badgeText(3)).toBe('3');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});
