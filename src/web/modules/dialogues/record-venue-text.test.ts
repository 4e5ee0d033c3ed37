import { describe, expect, it } from 'vitest';
import type { VenueTableResult } from '../../../shared/contracts/dialogues.js';
import { venueTable } from '../../../shared/dialogues/venues.js';
import { formatCivilDate } from './record-format.js';
import { venueLabel, venueText } from './record-venue-text.js';

// The June 2011 dialogue's start (03:00 UTC on the 29th) as the API answers GET …/venues: the
// server builds it with the same time core, so the test does too.
const SITES = [
  { id: 'was', zone: 'America/New_York', city: 'Washington', venue: 'World Bank', room: 'MC 2-800' },
  { id: 'bog', zone: 'America/Bogota', city: 'Bogotá', venue: '', room: '' },
  { id: 'jkt', zone: 'Asia/Jakarta', city: 'Jakarta', venue: 'Bappenas', room: '' },
  { id: 'del', zone: 'Asia/Kolkata', city: 'New Delhi', venue: '', room: '' },
];

function apiTable(start: string, minutes: number): VenueTableResult {
  const core = venueTable(SITES, start, minutes);
  return {
    ...core,
    days: core.days.map((day) => ({
      date: day.date,
      weekday: day.weekday,
      rows: day.rows.map((r) => ({
        siteId: r.site.id,
        city: r.site.city,
        countryCode: null,
        venue: r.site.venue,
        room: r.site.room,
        timeZone: r.site.zone,
        start: r.start,
        end: r.end,
        endDayOffset: r.endDayOffset,
      })),
    })),
  };
}

describe('the venue table copied as text', () => {
  const text = venueText(apiTable('2011-06-29T03:00:00Z', 180), 'en-GB');
  const [americas = '', asia = ''] = text.split('\n\n');

  it('has a heading per local day in the reader’s language, the Americas on the 28th, Asia on the 29th', () => {
    // Punctuation varies between ICU versions ("Tuesday, 28 June" or "Tuesday 28 June").
    expect(americas.split('\n')[0]).toMatch(/^Tuesday,? 28 June 2011$/);
    expect(asia.split('\n')[0]).toMatch(/^Wednesday,? 29 June 2011$/);
    expect(americas).toContain('Bogotá');
    expect(asia).toContain('Jakarta (Bappenas)');
  });

  it('gives each site its local hours, an end after midnight marked, and its UTC offset', () => {
    const washington = americas.split('\n').find((l) => l.includes('Washington')) ?? '';
    expect(washington).toMatch(/^ {2}Washington \(World Bank, MC 2-800\) +23:00–02:00 \(\+1\) +UTC-04:00/);
    const delhi = asia.split('\n').find((l) => l.includes('New Delhi')) ?? '';
    expect(delhi).toMatch(/08:30–11:30 +UTC\+05:30/);
  });

  it('aligns the hours in one column', () => {
    const lines = text.split('\n').filter((l) => l.startsWith('  '));
    const columns = new Set(lines.map((l) => l.search(/\d\d:\d\d–/)));
    expect(columns.size).toBe(1);
  });

  it('is empty for a table without sites', () => {
    expect(venueText({ startUtc: '', endUtc: '', durationMinutes: 60, days: [] }, 'en')).toBe('');
  });
});

describe('site labels and dates', () => {
  it('names the venue and room after the city when known', () => {
    expect(venueLabel({ city: 'Beijing', venue: '', room: ' ' })).toBe('Beijing');
    expect(venueLabel({ city: 'Beijing', venue: 'CDB', room: '' })).toBe('Beijing (CDB)');
  });

  it('words a civil date as it is, whatever the reader’s zone', () => {
    expect(formatCivilDate('2011-06-29', 'es', 'long')).toBe('miércoles, 29 de junio de 2011');
    expect(formatCivilDate('2011-06-29', 'en-GB', 'short')).toMatch(/^Wed,? 29 Jun 2011$/);
    expect(formatCivilDate('0099-01-01', 'en-GB', 'long')).toMatch(/ 99$/);
  });
});
