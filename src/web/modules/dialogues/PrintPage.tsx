import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Dialogue } from '../../../shared/contracts/dialogues.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Button, Loading } from '../../components/ui/index.js';
import { PrintActions } from './PrintActions.js';
import { AgendaTable, useAgenda } from './RecordAgenda.js';
import { SummaryContent, useSummary } from './RecordSummary.js';
import { useVenueTable, VenueTable } from './RecordVenues.js';
import { formatMinutes } from './record-format.js';
import { useDialogue, useDialogueActions } from './record-hooks.js';
import { pageHref } from './record-paths.js';
import { useDialogueText } from './record-text.js';
import '../experiences/library.css';
import './record-styles.css';

/**
 * The printable record of a dialogue (and, through the browser's "save as PDF", its PDF): title,
 * time, objectives, the summary, actions and what's next, then the agenda and the venue table as
 * annexes; without the site's header and navigation. The button opens the print dialog.
 */
export default function PrintPage() {
  const { t } = useTranslation('dialogue-record');
  const id = useParams().id ?? '';
  const dialogue = useDialogue(id);
  return (
    <main id="main" className="print-page dialogue-print">
      <div className="print-tools no-print">
        <Link to={pageHref.dialogue(id)}>{t('print.back')}</Link>
        <Button onClick={() => window.print()} disabled={!dialogue.data}>
          {t('print.button')}
        </Button>
      </div>
      {dialogue.data ? (
        <PrintDocument d={dialogue.data} />
      ) : dialogue.loading ? (
        <Loading />
      ) : (
        <ApiErrorAlert error={dialogue.error} />
      )}
    </main>
  );
}

function PrintDocument({ d }: { d: Dialogue }) {
  const { t } = useTranslation(['dialogue-record', 'dialogues']);
  const locale = useLocale();
  const text = useDialogueText(d.defaultLocale);
  const summary = useSummary(d.id);
  const agenda = useAgenda(d.id);
  const venues = useVenueTable(d.id, d.startsAt);
  const actions = useDialogueActions(d.id);
  const title = text(d.title);
  const objectives = text(d.objectives);
  const units = { h: t('units.h'), min: t('units.min') };
  // On paper the start is told in UTC (every site's own clock is in the venue table annex).
  const utc = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(
      new Date(iso),
    );

  useEffect(() => {
    document.title = `${title?.text ?? t('page.untitled')} · ${t('print.documentTitle')}`;
  }, [title, t]);

  const loading = summary.loading || agenda.loading || venues.loading || actions.loading;
  return (
    <article>
      <header className="print-header">
        <h1 lang={title?.locale} dir="auto">
          {title?.text ?? t('page.untitled')}
        </h1>
        <p>
          {[
            d.convenerOrganisation.name,
            t(`dialogues:format.${d.format}`),
            formatMinutes(d.durationMinutes, units),
            d.cancelledAt ? t('dialogues:status.cancelled') : t(`dialogues:status.${d.status}`),
          ].join(' · ')}
        </p>
        <p>{d.startsAt ? t('print.startUtc', { time: utc(d.startsAt) }) : t('facts.notScheduled')}</p>
        <p className="muted print-source">
          {t('print.source')}{' '}
          <span className="print-url">{`${window.location.origin}${pageHref.dialogue(d.id)}`}</span>
        </p>
      </header>
      {objectives ? (
        <section aria-labelledby="objectives-heading" className="print-section">
          <h2 id="objectives-heading">{t('objectives.heading')}</h2>
          <p className="prose" lang={objectives.locale} dir="auto">
            {objectives.text}
          </p>
        </section>
      ) : null}
      {summary.data ? <SummaryContent s={summary.data} defaultLocale={d.defaultLocale} /> : null}
      {actions.data ? <PrintActions items={actions.data.items} /> : null}
      {agenda.data && agenda.data.segments.length > 0 ? (
        <section aria-labelledby="annex-agenda" className="print-section print-annex">
          <h2 id="annex-agenda">{t('print.annexAgenda')}</h2>
          <AgendaTable d={d} agenda={agenda.data} sites={d.sites} yours={false} />
        </section>
      ) : null}
      {venues.data ? (
        <section aria-labelledby="annex-venues" className="print-section print-annex">
          <h2 id="annex-venues">{t('print.annexVenues')}</h2>
          <VenueTable table={venues.data} caption={t('venues.caption')} />
        </section>
      ) : null}
      {loading ? <Loading /> : null}
      <ApiErrorAlert error={summary.error ?? agenda.error ?? venues.error ?? actions.error} />
    </article>
  );
}
