import { describe, expect, it } from 'vitest';
import { meetingDiscomfort } from './burden.js';
import { DialogueTimeError } from './errors.js';

// The June 2011 dialogue: 03:00 UTC on 29 June 2011, three hours, default hours 07:00–22:00.
const JUNE_2011 = [
  { id: 'washington', zone: 'America/New_York' }, // 23:00–02:00 EDT
  { id: 'mexico', zone: 'America/Mexico_City' }, // 22:00–01:00 CDT
  { id: 'bogota', zone: 'America/Bogota' }, // 22:00–01:00
  { id: 'jakarta', zone: 'Asia/Jakarta' }, // 10:00–13:00
  { id: 'delhi', zone: 'Asia/Kolkata' }, // 08:30–11:30
];

describe('meetingDiscomfort', () => {
  it('charges the Americas for the June 2011 night and Asia nothing', () => {
    expect(meetingDiscomfort(JUNE_2011, '2011-06-29T03:00:00Z', 180)).toEqual({
      // 23:00–24:00 at the edge (×1), 00:00–02:00 deep night (×3)
      washington: 60 + 2 * 60 * 3,
      // 22:00–24:00 at the edge, 00:00–01:00 deep night
      mexico: 120 + 60 * 3,
      bogota: 120 + 60 * 3,
      jakarta: 0,
      delhi: 0,
    });
  });

  it('counts the wall-clock hours people live through when the clocks go back mid-meeting', () => {
    // New York, 6 Nov 2011: 01:00–02:00 EDT, then 01:00–02:00 EST again: two night hours.
    expect(meetingDiscomfort([{ id: 'ny', zone: 'America/New_York' }], '2011-11-06T05:00:00Z', 120)).toEqual({
      ny: 2 * 60 * 3,
    });
  });

  it('honours each site’s own preferred hours', () => {
    const late = [{ id: 'night-owls', zone: 'America/Bogota', preferredFrom: '12:00', preferredTo: '24:00' }];
    // 22:00–24:00 is inside their hours; 00:00–01:00 is still deep night.
    expect(meetingDiscomfort(late, '2011-06-29T03:00:00Z', 180)).toEqual({ 'night-owls': 60 * 3 });
  });

  it('refuses an instant without its offset, naming the field', () => {
    expect(() => meetingDiscomfort(JUNE_2011, '2011-06-29T03:00', 60)).toThrow(DialogueTimeError);
  });
});
