import type { AgendaResult, Dialogue } from '../../../shared/contracts/dialogues.js';
import { daysBetween } from './record-format.js';

type Segment = AgendaResult['segments'][number];

/** One site's column of the agenda: where, and the local date the dialogue starts on there. */
export interface AgendaColumn {
  siteId: string;
  city: string;
  timeZone: string;
  /** The local date of the first segment there; null while the dialogue has no start. */
  date: string | null;
}

/** A segment's start on one site's clock; `dayShift` days after that site's first date. */
export interface AgendaCell {
  time: string;
  date: string;
  dayShift: number;
}

export interface AgendaRow {
  segment: Segment;
  /** The site presenting, by name (null: none). */
  siteCity: string | null;
  cells: Map<string, AgendaCell>;
}

/**
 * The agenda as a grid: segments down, sites across, each cell the segment's local start there.
 * A start on a later local day than the site's first one says so (`dayShift`), so "00:30" after
 * midnight in Jakarta is not read as the morning before.
 */
export function agendaGrid(
  agenda: Pick<AgendaResult, 'segments'>,
  sites: readonly Dialogue['sites'][number][],
): { columns: AgendaColumn[]; rows: AgendaRow[] } {
  const first = agenda.segments[0];
  const columns = sites.map((site) => ({
    siteId: site.id,
    city: site.city,
    timeZone: site.timeZone,
    date: first?.local.find((l) => l.siteId === site.id)?.date ?? null,
  }));
  const baseDate = new Map(columns.map((c) => [c.siteId, c.date]));
  const cityOf = new Map(sites.map((s) => [s.id, s.city]));
  const rows = agenda.segments.map((segment) => {
    const cells = new Map<string, AgendaCell>();
    for (const local of segment.local) {
      const base = baseDate.get(local.siteId);
      cells.set(local.siteId, {
        time: local.time,
        date: local.date,
        dayShift: base ? daysBetween(base, local.date) : 0,
      });
    }
    return { segment, siteCity: segment.siteId ? (cityOf.get(segment.siteId) ?? null) : null, cells };
  });
  return { columns, rows };
}
