import type { DialogueErrorCode } from '../../../shared/dialogues/index.js';
import {
  DialogueTimeError,
  LocalTimeGapError,
  MAX_SITES,
  MAX_WINDOW_DAYS,
} from '../../../shared/dialogues/index.js';
import type { ErrorKey } from '../../../shared/error-keys.js';
import { badRequest } from '../../platform/http/errors.js';

/** The time core's refusals as the API's 400s, worded from the `errors:dialogues` catalogue. */
const KEYS: Record<DialogueErrorCode, ErrorKey> = {
  unknown_time_zone: 'errors:dialogues.unknownTimeZone',
  invalid_date: 'errors:dialogues.date',
  invalid_time: 'errors:dialogues.time',
  invalid_instant: 'errors:dialogues.instant',
  local_time_in_gap: 'errors:dialogues.localTimeInGap',
  invalid_duration: 'errors:dialogues.invalidDuration',
  invalid_step: 'errors:dialogues.invalidStep',
  invalid_window: 'errors:dialogues.invalidWindow',
  window_too_long: 'errors:dialogues.windowTooLong',
  invalid_limit: 'errors:dialogues.invalidLimit',
  no_sites: 'errors:dialogues.noSites',
  too_many_sites: 'errors:dialogues.tooManySites',
  duplicate_site: 'errors:dialogues.duplicateSite',
  invalid_hours: 'errors:dialogues.invalidHours',
  invalid_work_week: 'errors:dialogues.invalidTimeInput',
  invalid_burden: 'errors:dialogues.invalidTimeInput',
};

/**
 * The core names fields its own way (`sites[2].zone`, `window.fromDate`); the API names them as
 * the request does (`sites.2.timeZone`, `fromDate`), like the schema validator.
 */
function apiField(field: string | undefined): string | undefined {
  if (!field) return undefined;
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\.zone$/, '.timeZone')
    .replace(/^window\./, '');
}

/** Runs a time-core computation, turning its refusals into 400s that name the field. */
export function withTimeErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof DialogueTimeError)) throw err;
    const params: Record<string, unknown> = {
      max: err.code === 'too_many_sites' ? MAX_SITES : MAX_WINDOW_DAYS,
    };
    if (err instanceof LocalTimeGapError)
      Object.assign(params, {
        date: err.requested.date,
        time: err.requested.time,
        zone: err.gap.zone,
        from: `${err.gap.start.date} ${err.gap.start.time}`,
        to: `${err.gap.end.date} ${err.gap.end.time}`,
      });
    throw badRequest(KEYS[err.code], apiField(err.field), params);
  }
}
