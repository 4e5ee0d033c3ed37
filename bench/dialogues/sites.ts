/**
 * The benchmark's input: 12 sites on every inhabited continent, a 4-week window in which four of
 * them change their clocks (Casablanca back from Ramadan time 22 March, London 29 March, Santiago
 * and Sydney 5 April), and a few public holidays each (2026 dates as published; their exactness
 * does not matter for the timing, only that some days close).
 */
import type { SlotQuery, SlotSite } from '../../src/shared/dialogues/index.js';

export const SITES: SlotSite[] = [
  { id: 'washington', zone: 'America/New_York' },
  { id: 'mexico', zone: 'America/Mexico_City', holidays: ['2026-03-16', '2026-04-02', '2026-04-03'] },
  { id: 'bogota', zone: 'America/Bogota', holidays: ['2026-03-23', '2026-04-02', '2026-04-03'] },
  { id: 'santiago', zone: 'America/Santiago', holidays: ['2026-04-03'] },
  { id: 'london', zone: 'Europe/London', holidays: ['2026-04-03', '2026-04-06'] },
  { id: 'nairobi', zone: 'Africa/Nairobi', holidays: ['2026-03-20', '2026-04-03', '2026-04-06'] },
  { id: 'casablanca', zone: 'Africa/Casablanca', holidays: ['2026-03-20', '2026-03-21'] },
  {
    id: 'delhi',
    zone: 'Asia/Kolkata',
    holidays: ['2026-03-26', '2026-04-03'],
    preferredFrom: '08:00',
    preferredTo: '21:00',
  },
  { id: 'kathmandu', zone: 'Asia/Kathmandu', workWeek: [7, 1, 2, 3, 4, 5] },
  { id: 'jakarta', zone: 'Asia/Jakarta', holidays: ['2026-03-19', '2026-03-20', '2026-04-03'] },
  { id: 'beijing', zone: 'Asia/Shanghai', holidays: ['2026-04-06'] },
  { id: 'sydney', zone: 'Australia/Sydney', holidays: ['2026-04-03', '2026-04-06'] },
];

export const WINDOW = { from: '2026-03-16T00:00:00Z', to: '2026-04-13T00:00:00Z' };

/** The query timed: a three-hour dialogue, 15-minute steps, the 20 best. */
export const QUERY: SlotQuery = {
  sites: SITES,
  durationMinutes: 180,
  window: WINDOW,
  stepMinutes: 15,
  limit: 20,
};

/** Past discomfort of a series, for the fairness variant of the equality check. */
export const BURDEN = { sydney: 900, beijing: 600, washington: 300, santiago: 120 };
