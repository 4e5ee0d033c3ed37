import { describe, expect, it } from 'vitest';
import { aboutOf, inboxSections, inboxTarget, type Notification, withRead } from './inbox.js';

const note = (id: string, createdAt: string, read = false): Notification => ({
  id,
  kind: 'introduction_proposed',
  text: `text ${id}`,
  link: `/introductions/${id}`,
  read,
  createdAt,
});

const ids = (entries: { notification: Notification }[]) => entries.map((e) => e.notification.id);

describe('inboxSections', () => {
  const items = [
    note('b', '2026-03-02T10:00:00.000Z'),
    note('a', '2026-03-03T10:00:00.000Z'),
    note('c', '2026-03-04T10:00:00.000Z', true),
    note('d', '2026-03-01T10:00:00.000Z', true),
  ];

  it('puts the unread ones first and each group newest first', () => {
    const { fresh, earlier } = inboxSections(items, new Set());
    expect(ids(fresh)).toEqual(['a', 'b']);
    expect(ids(earlier)).toEqual(['c', 'd']);
    expect(fresh.every((e) => !e.read)).toBe(true);
    expect(earlier.every((e) => e.read)).toBe(true);
  });

  it('keeps a notification read here in its place, shown as read', () => {
    const { fresh } = inboxSections(items, withRead(new Set(), 'b'));
    expect(ids(fresh)).toEqual(['a', 'b']);
    expect(fresh.map((e) => e.read)).toEqual([false, true]);
    expect(inboxSections(items, 'all').fresh.every((e) => e.read)).toBe(true);
  });

  it('keeps the first copy when a later page repeats one read meanwhile', () => {
    const again = { ...items[0]!, read: true };
    const { fresh, earlier } = inboxSections([...items, again], withRead(new Set(), 'b'));
    expect(ids(fresh)).toEqual(['a', 'b']);
    expect(ids(earlier)).toEqual(['c', 'd']);
  });

  it('breaks ties of time by id, like the server', () => {
    const same = '2026-03-02T10:00:00.000Z';
    expect(ids(inboxSections([note('x1', same), note('x2', same)], new Set()).fresh)).toEqual(['x2', 'x1']);
  });
});

describe('withRead', () => {
  it('adds without changing the set given, and leaves "all" as it is', () => {
    const before = new Set(['a']);
    const after = withRead(before, 'b');
    expect([...before]).toEqual(['a']);
    expect(after !== 'all' && [...after]).toEqual(['a', 'b']);
    expect(withRead('all', 'b')).toBe('all');
  });
});

describe('inboxTarget and aboutOf', () => {
  it('follows paths of this app only', () => {
    expect(inboxTarget('/introductions/1')).toBe('/introductions/1');
    expect(inboxTarget(null)).toBeNull();
    expect(inboxTarget('')).toBeNull();
    expect(inboxTarget('https://example.org/x')).toBeNull();
    expect(inboxTarget('//example.org/x')).toBeNull();
    expect(inboxTarget('/\\example.org')).toBeNull();
    expect(inboxTarget('javascript:alert(1)')).toBeNull();
  });

  it('names what a path is about', () => {
    expect(aboutOf('/introductions/9f1c')).toBe('introduction');
    expect(aboutOf('/needs/9f1c')).toBe('need');
    expect(aboutOf('/offers/9f1c?tab=matches')).toBe('offer');
    expect(aboutOf('/dialogues/9f1c')).toBe('dialogue');
    expect(aboutOf('/dialogues')).toBeNull();
    expect(aboutOf('/needs')).toBeNull();
    expect(aboutOf('/market/mine')).toBeNull();
    expect(aboutOf(null)).toBeNull();
  });
});
