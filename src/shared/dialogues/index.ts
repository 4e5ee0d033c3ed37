/**
 * Dialogues' time core (issue 6): pure and deterministic (no I/O, no clock, never the host's time
 * zone), shared by the server and the web app. Time-zone rules come from the runtime's ICU data
 * through luxon, so every date, past or future, is read with the rules in force on that date.
 *
 * Conventions: local dates `YYYY-MM-DD`, local times `HH:mm`, weekdays ISO (1 = Monday), offsets
 * in minutes east of UTC; instants in are epoch ms, Date, or ISO strings with `Z`/an offset;
 * instants out are ISO strings in UTC. Bad input throws `DialogueTimeError` (`code`, `field`);
 * agenda problems are returned, not thrown.
 *
 * Zones and conversions:
 *   toUtc('2011-06-28', '09:00', 'America/New_York')        // { utc: '2011-06-28T13:00:00.000Z', … }
 *   toUtc('2026-03-08', '02:30', 'America/New_York')        // throws LocalTimeGapError, .gap 02:00–03:00
 *   toUtc('2026-11-01', '01:30', 'America/New_York')        // first occurrence (EDT), .ambiguous set
 *   toLocal('2011-06-28T13:00:00Z', 'Asia/Kolkata')         // { date: '2011-06-28', time: '18:30', … }
 *
 * Slot finder (ranked by weighted minutes outside each site's preferred hours; weekends and
 * holidays of any site excluded; `addBurden` carries the discomfort over a series):
 *   const { candidates } = findSlots({
 *     sites: [{ id: 'was', zone: 'America/New_York', holidays: ['2026-05-25'] }, …],
 *     durationMinutes: 180,
 *     window: { fromDate: '2026-05-18', toDate: '2026-06-12', zone: 'America/New_York' },
 *     fairness: { burden: seriesBurden },
 *   });
 *   seriesBurden = addBurden(seriesBurden, candidates[0]);   // once the dialogue is held
 *
 * Venue table and agenda for the chosen start:
 *   const table = venueTable(sites, candidates[0].startUtc, 180);
 *   venueTableText(table, { formatDate: (d, wd) => …, siteLabel: (s) => s.name });
 *   const { segments, problems } = timeAgenda(agenda, { start, durationMinutes: 180, sites });
 *   setAgenda(moveSegment(agenda, 3, 1));
 *
 * Discomfort (discomfort.ts): each minute outside a site's preferred hours counts ×1 within 2 h
 * of them, ×2 further, ×3 between 00:00 and 05:00; a candidate's score is the sum over sites,
 * each times its fairness weight `1 + burden / mean burden` (fairness.ts).
 *
 * For callers: convert local → UTC with `toUtc`, not luxon's `DateTime.fromISO(…, { zone })`,
 * which silently moves a time in a gap forward and picks the later offset of a repeated time.
 * Store a dialogue's start as a UTC instant with each site's zone and derive local times when
 * showing them: a country may change its rules before a future dialogue takes place.
 */

export { isTimeZone } from '../time-zones.js';
export {
  type AgendaProblem,
  type AgendaSegment,
  type AgendaTiming,
  checkAgenda,
  moveSegment,
  SEGMENT_KINDS,
  type SegmentKind,
  type SiteStart,
  type TimedSegment,
  timeAgenda,
} from './agenda.js';
export { meetingDiscomfort } from './burden.js';
export { formatOffset, type Instant, type IsoWeekday } from './civil.js';
export {
  DEFAULT_PREFERRED_FROM,
  DEFAULT_PREFERRED_TO,
  DISCOMFORT,
  minuteWeight,
  type PreferredHours,
  preferredHours,
} from './discomfort.js';
export {
  type DialogueErrorCode,
  DialogueTimeError,
  type DstGap,
  type LocalPoint,
  LocalTimeGapError,
} from './errors.js';
export { addBurden, type Fairness, fairnessWeights } from './fairness.js';
export { DEFAULT_WORK_WEEK, MAX_SITES, type SlotSite } from './slot-sites.js';
export {
  type ClockChange,
  DEFAULT_SLOT_LIMIT,
  DEFAULT_STEP_MINUTES,
  findSlots,
  MAX_WINDOW_DAYS,
  type SiteSlot,
  type SiteSlotFlag,
  type SlotCandidate,
  type SlotQuery,
  type SlotSearch,
  type SlotWindow,
} from './slots.js';
export { type OffsetTimeline, offsetChanges, offsetTimeline, timelineOffsetMs } from './timeline.js';
export {
  type VenueDay,
  type VenueRow,
  type VenueTable,
  type VenueTextOptions,
  venueTable,
  venueTableText,
} from './venues.js';
export {
  assertTimeZone,
  type LocalDateTime,
  localDaysWindow,
  offsetMinutesAt,
  startOfLocalDay,
  toLocal,
  toUtc,
  type UtcResolution,
  type ZonedInstant,
} from './zones.js';
