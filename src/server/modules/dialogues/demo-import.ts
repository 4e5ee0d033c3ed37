import type { Executor } from '../../db/executor.js';
import { type ActionRow, insertAction } from './actions.repository.js';
import { replaceSegments, type SegmentColumns } from './agenda.repository.js';
import * as repo from './dialogues.repository.js';
import { replaceTopics, setSiteAttendees, type TopicColumns } from './summary.repository.js';

/**
 * Loads a series of dialogues as rows, for the demo data: the demo records historical facts (a
 * dialogue already held and summarised) that the services' workflow would only reach step by
 * step, so it writes through the repositories directly, inside the caller's transaction.
 */

export interface DemoDialogueRows {
  /** With its id: the calendar UID and the dialogues' links to each other derive from it. */
  row: repo.DialogueRow & { id: string };
  sites: (repo.SiteColumns & { attendees: number | null })[];
  /** `siteIndex`: the position in `sites` of the site speaking. */
  segments: (Omit<SegmentColumns, 'site_id'> & { siteIndex: number | null })[];
  topics: TopicColumns[];
}

export interface DemoSeriesRows {
  series: repo.SeriesRow;
  dialogues: DemoDialogueRows[];
  /** Inserted last: a "what's next" item may point to any dialogue of the series. */
  actions: ActionRow[];
}

/** Whether demo dialogues are already loaded (a second seed run changes nothing). */
export const demoSeriesLoaded = (ex: Executor) => repo.hasDemoSeries(ex);

export async function importDemoSeries(trx: Executor, s: DemoSeriesRows): Promise<void> {
  await repo.insertSeries(trx, s.series);
  for (const d of s.dialogues) {
    const id = await repo.insertDialogue(trx, d.row);
    await repo.replaceSites(
      trx,
      id,
      d.sites.map(({ attendees: _, ...columns }) => columns),
    );
    const sites = await repo.findSites(trx, id);
    for (const [i, site] of sites.entries()) {
      const attendees = d.sites[i]!.attendees;
      if (attendees !== null) await setSiteAttendees(trx, site.id, attendees);
    }
    await replaceSegments(
      trx,
      id,
      d.segments.map(({ siteIndex, ...g }) => ({
        ...g,
        site_id: siteIndex === null ? null : sites[siteIndex]!.id,
      })),
    );
    await replaceTopics(trx, id, d.topics);
  }
  for (const a of s.actions) await insertAction(trx, a);
}
