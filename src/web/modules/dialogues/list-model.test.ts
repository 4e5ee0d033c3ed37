import { describe, expect, it } from 'vitest';
import { convenerSite, groupDialogues, shownStatus } from './list-model.js';
import { fixtureDialogue } from './planner-fixtures.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const item = (id: string, patch: Partial<Parameters<typeof groupDialogues>[0][number]> = {}) => ({
  id,
  status: 'scheduled' as const,
  startsAt: null as string | null,
  durationMinutes: 120,
  cancelledAt: null as string | null,
  ...patch,
});

describe('groupDialogues', () => {
  it('puts starts ahead in upcoming (soonest first), no start in planning, the rest in past (latest first)', () => {
    const groups = groupDialogues(
      [
        item('later', { startsAt: '2026-07-01T10:00:00Z' }),
        item('sooner', { startsAt: '2026-06-02T10:00:00Z' }),
        item('draft', { status: 'planning' }),
        item('old', { startsAt: '2026-01-01T10:00:00Z' }),
        item('older', { startsAt: '2025-01-01T10:00:00Z' }),
        item('held', { status: 'held', startsAt: '2026-05-01T10:00:00Z' }),
      ],
      NOW,
    );
    expect(groups.upcoming.map((d) => d.id)).toEqual(['sooner', 'later']);
    expect(groups.planning.map((d) => d.id)).toEqual(['draft']);
    expect(groups.past.map((d) => d.id)).toEqual(['held', 'old', 'older']);
  });

  it('keeps a dialogue under way upcoming until it ends, and a called-off one in the past', () => {
    const groups = groupDialogues(
      [
        item('running', { startsAt: '2026-06-01T11:00:00Z' }),
        item('cancelled', { startsAt: '2026-06-10T10:00:00Z', cancelledAt: '2026-05-20T00:00:00Z' }),
      ],
      NOW,
    );
    expect(groups.upcoming.map((d) => d.id)).toEqual(['running']);
    expect(groups.past.map((d) => d.id)).toEqual(['cancelled']);
    expect(shownStatus(groups.past[0]!)).toBe('cancelled');
    expect(shownStatus(groups.upcoming[0]!)).toBe('scheduled');
  });
});

describe('convenerSite', () => {
  it('is the site the convening organisation hosts, else the first', () => {
    const d = fixtureDialogue();
    expect(convenerSite(d)?.city).toBe('Bogotá');
    expect(convenerSite({ ...d, sites: d.sites.map((s) => ({ ...s, organisationId: null })) })?.city).toBe(
      'Washington',
    );
    expect(convenerSite({ ...d, sites: [] })).toBeNull();
  });
});
