/**
 * The errors the dialogue time core throws. Each carries a stable `code` (for the API's error shape
 * and for wording in the reader's language) and, where one input is to blame, the `field` path
 * (e.g. `sites[2].zone`). The English message is for logs and developers only.
 */

/** Why an input was refused. */
export type DialogueErrorCode =
  | 'unknown_time_zone'
  | 'invalid_date'
  | 'invalid_time'
  | 'invalid_instant'
  | 'local_time_in_gap'
  | 'invalid_duration'
  | 'invalid_step'
  | 'invalid_window'
  | 'window_too_long'
  | 'invalid_limit'
  | 'no_sites'
  | 'too_many_sites'
  | 'duplicate_site'
  | 'invalid_hours'
  | 'invalid_work_week'
  | 'invalid_burden';

/** An input the time core refuses; nothing was computed. */
export class DialogueTimeError extends Error {
  override readonly name: string = 'DialogueTimeError';
  constructor(
    readonly code: DialogueErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** A local date and wall-clock time, `YYYY-MM-DD` and `HH:mm`. */
export interface LocalPoint {
  date: string;
  time: string;
}

/**
 * Clocks in `zone` jumped from `start` to `end` (the first wall time that exists again), at
 * `transitionUtc`; every local time in [start, end) never happened there.
 */
export interface DstGap {
  zone: string;
  start: LocalPoint;
  end: LocalPoint;
  /** Length of the jump in minutes (60 for most daylight-saving changes, 1440 for a skipped day). */
  minutes: number;
  transitionUtc: string;
  offsetBeforeMinutes: number;
  offsetAfterMinutes: number;
}

/** A local time that does not exist in its zone (the clocks jumped over it). */
export class LocalTimeGapError extends DialogueTimeError {
  override readonly name: string = 'LocalTimeGapError';
  constructor(
    readonly requested: LocalPoint,
    readonly gap: DstGap,
    field?: string,
  ) {
    super(
      'local_time_in_gap',
      `${requested.date} ${requested.time} does not exist in ${gap.zone}: clocks jumped from ` +
        `${gap.start.date} ${gap.start.time} to ${gap.end.date} ${gap.end.time}`,
      field,
    );
  }
}
