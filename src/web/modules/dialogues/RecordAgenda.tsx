import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaResult, Dialogue } from '../../../shared/contracts/dialogues.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Loading, Select } from '../../components/ui/index.js';
import { type AgendaRow, agendaGrid } from './record-agenda.js';
import { formatCivilDate, formatMinutes, useViewerTime } from './record-format.js';
import { useDialogueText } from './record-text.js';

/** The dialogue's agenda, timed on every site's clock. */
export const useAgenda = (dialogueId: string) =>
  useApi<AgendaResult>(`/dialogues/${encodeURIComponent(dialogueId)}/agenda`);

const ALL = 'all';
const YOURS = 'yours';
// On a phone a column per site does not fit: one clock at a time, chosen above the table.
const narrow = () => typeof window !== 'undefined' && !!window.matchMedia?.('(max-width: 40em)').matches;

/** The agenda section of the dialogue page: segments with their start on each site's clock. */
export function RecordAgenda({ d }: { d: Dialogue }) {
  const { t } = useTranslation('dialogue-record');
  const agenda = useAgenda(d.id);
  const [shown, setShown] = useState(() => (narrow() && d.startsAt ? (d.sites[0]?.id ?? ALL) : ALL));
  const sites = shown === ALL ? d.sites : d.sites.filter((s) => s.id === shown);
  return (
    <section aria-labelledby="agenda-heading" className="section">
      <h2 id="agenda-heading">{t('agenda.heading')}</h2>
      {!agenda.data ? (
        agenda.loading ? (
          <Loading />
        ) : (
          <ApiErrorAlert error={agenda.error} />
        )
      ) : agenda.data.segments.length === 0 ? (
        <p>{t('agenda.none')}</p>
      ) : (
        <>
          {d.startsAt && d.sites.length > 1 ? (
            <Select
              name="agendaClock"
              label={t('agenda.clock')}
              value={shown}
              onChange={(e) => setShown(e.target.value)}
              options={[
                { value: ALL, label: t('agenda.allSites') },
                ...d.sites.map((s) => ({ value: s.id, label: s.city })),
                { value: YOURS, label: t('agenda.yourTime') },
              ]}
            />
          ) : null}
          <AgendaTable d={d} agenda={agenda.data} sites={sites} yours={shown === ALL || shown === YOURS} />
        </>
      )}
    </section>
  );
}

/** The agenda as a table: rows are segments, columns the sites' clocks (and the reader's). */
export function AgendaTable({
  d,
  agenda,
  sites,
  yours,
}: {
  d: Dialogue;
  agenda: AgendaResult;
  sites: readonly Dialogue['sites'][number][];
  yours: boolean;
}) {
  const { t } = useTranslation(['dialogue-record', 'dialogues']);
  const locale = useLocale();
  const viewer = useViewerTime();
  const captionId = useId();
  const units = { h: t('units.h'), min: t('units.min') };
  const { columns, rows } = agendaGrid(agenda, sites);
  const timed = !!agenda.startsAt;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="agenda-table">
        <caption id={captionId}>
          {t('agenda.caption', { total: formatMinutes(agenda.totalMinutes, units) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('agenda.segment')}</th>
            <th scope="col">{t('agenda.length')}</th>
            {timed
              ? columns.map((c) => (
                  <th scope="col" key={c.siteId}>
                    {c.city}
                    {c.date ? (
                      <span className="agenda-date">{formatCivilDate(c.date, locale, 'day')}</span>
                    ) : null}
                  </th>
                ))
              : null}
            {timed && yours ? (
              <th scope="col">
                {t('agenda.yourTime')}
                <span className="agenda-date">{viewer.zone}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.segment.id}>
              <th scope="row">
                <SegmentName row={row} defaultLocale={d.defaultLocale} />
              </th>
              <td>{formatMinutes(row.segment.minutes, units)}</td>
              {timed
                ? columns.map((c) => {
                    const cell = row.cells.get(c.siteId);
                    return (
                      <td key={c.siteId}>
                        {cell ? <span className="clock">{cell.time}</span> : null}
                        {cell && cell.dayShift > 0 ? (
                          <span className="clock-note">
                            {' '}
                            {t('agenda.dayShift', { count: cell.dayShift })}
                          </span>
                        ) : null}
                      </td>
                    );
                  })
                : null}
              {timed && yours ? (
                <td>{row.segment.startUtc ? viewer.short(row.segment.startUtc) : ''}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A segment's title (or kind), then who speaks from where and who moderates. */
function SegmentName({ row, defaultLocale }: { row: AgendaRow; defaultLocale: string }) {
  const { t } = useTranslation(['dialogue-record', 'dialogues']);
  const text = useDialogueText(defaultLocale);
  const s = row.segment;
  const title = text(s.title);
  const kind = t(`dialogues:segmentKind.${s.kind}`);
  const details = [
    title ? kind : '',
    s.speaker ? t('agenda.speaker', { name: s.speaker }) : '',
    row.siteCity ? t('agenda.from', { city: row.siteCity }) : '',
    s.moderator ? t('agenda.moderator', { name: s.moderator }) : '',
  ].filter(Boolean);
  return (
    <>
      <span lang={title?.locale} dir="auto">
        {title?.text ?? kind}
      </span>
      {details.length > 0 ? <span className="agenda-details">{details.join(' · ')}</span> : null}
    </>
  );
}
