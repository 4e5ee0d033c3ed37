import type { DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import type { VenueTable } from '../../../shared/dialogues/index.js';
import type { DialogueRecord, SiteRecord } from './dialogues.repository.js';
import type { Block } from './export-document.js';
import { longDate, timeOn, type Words, zoneLabel } from './summary-export.annexes.js';

/** The head of the exported summary: the dialogue's facts as label–value pairs. */

export interface ExportFacts {
  dialogue: DialogueRecord;
  convenerName: string;
  seriesTitle: string | null;
  summary: DialogueSummaryResult;
  venues: VenueTable<SiteRecord> | null;
  /** The site whose clock is the convener's (see convener-site.ts), if any. */
  convenerSiteId: string | null;
}

function when(input: ExportFacts, w: Words) {
  const start = input.dialogue.starts_at ? new Date(input.dialogue.starts_at).toISOString() : null;
  if (!start || !input.venues) return [{ label: w.t('fields.dateUtc'), value: w.t('notScheduled') }];
  const end = input.venues.endUtc;
  const rows = [
    {
      label: w.t('fields.dateUtc'),
      value: w.t('dateTime', {
        date: longDate(start.slice(0, 10), w.locale),
        from: start.slice(11, 16),
        to: timeOn(w, end.slice(11, 16), end.slice(0, 10), start.slice(0, 10)),
      }),
    },
  ];
  const local = input.venues.days.flatMap((d) => d.rows).find((r) => r.site.id === input.convenerSiteId);
  if (local)
    rows.push({
      label: w.t('fields.dateLocal', {
        city: local.site.city,
        zone: zoneLabel(local.site.time_zone, local.start),
      }),
      value: w.t('dateTime', {
        date: longDate(local.start.date, w.locale),
        from: local.start.time,
        to: timeOn(w, local.end.time, local.end.date, local.start.date),
      }),
    });
  return rows;
}

/** The dialogue's facts: who convened it, when (UTC and the convener's clock), attendance… */
export function facts(input: ExportFacts, w: Words): Block {
  const d = input.dialogue;
  const { attendance } = input.summary;
  const reporting = attendance.sites.filter((s) => s.attendees !== null).length;
  const rows = [
    { label: w.t('fields.convener'), value: input.convenerName },
    ...(input.seriesTitle ? [{ label: w.t('fields.series'), value: input.seriesTitle }] : []),
    ...when(input, w),
    { label: w.t('fields.format'), value: w.t(`format.${d.format}`) },
    { label: w.t('fields.duration'), value: w.t('durationValue', { minutes: d.duration_minutes }) },
    ...(attendance.total === null
      ? []
      : [
          {
            label: w.t('fields.attendance'),
            value: w.t('attendanceValue', {
              people: w.t('people', { count: attendance.total }),
              sites: reporting,
              of: attendance.sites.length,
            }),
          },
        ]),
    { label: w.t('fields.status'), value: w.t(`status.${d.status}`) },
  ];
  return { type: 'fields', rows };
}
