import { describe, expect, it } from 'vitest';
import { convenerSite, shownStatus } from './list-model.js';
import { fixtureDialogue } from './planner-fixtures.js';

describe('convenerSite', () => {
  it('is the site the API names as the convener’s, or none', () => {
    const d = fixtureDialogue();
    expect(convenerSite(d)?.city).toBe('Bogotá');
    expect(convenerSite({ ...d, convenerSiteId: 's-jkt' })?.city).toBe('Jakarta');
    expect(convenerSite({ ...d, convenerSiteId: null })).toBeNull();
    expect(convenerSite({ ...d, sites: [] })).toBeNull();
  });
});

describe('shownStatus', () => {
  it('says cancelled for a called-off dialogue whatever its planning state', () => {
    expect(shownStatus({ status: 'scheduled', cancelledAt: '2026-05-20T00:00:00Z' })).toBe('cancelled');
    expect(shownStatus({ status: 'scheduled', cancelledAt: null })).toBe('scheduled');
  });
});
