import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import type { Dialogue } from '../../../shared/contracts/dialogues.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { ActionsSection } from './ActionsSection.js';
import { useSummary } from './RecordSummary.js';
import { useDialogue } from './record-hooks.js';
import { pageHref } from './record-paths.js';
import { useDialogueText } from './record-text.js';
import { SummaryAttendance } from './SummaryAttendance.js';
import { SummaryEditor } from './SummaryEditor.js';
import './record-styles.css';

/**
 * `/dialogues/:id/summary/edit`: after the dialogue, its conveners record attendance per site,
 * write the summary (highlights, key ideas under topics) and the follow-up actions.
 */
export default function SummaryEditPage() {
  const { t } = useTranslation('dialogue-record');
  const id = useParams().id ?? '';
  const dialogue = useDialogue(id);
  const summary = useSummary(id);
  const failed = dialogue.error ?? summary.error;
  if (failed?.status === 404 || failed?.status === 400) return <NotFoundPage />;
  if (!dialogue.data || !summary.data)
    return (
      <Page title={t('page.loading')}>
        {dialogue.loading || summary.loading ? <Loading /> : <ApiErrorAlert error={failed} />}
      </Page>
    );
  return <SummaryEdit d={dialogue.data} summary={summary.data} />;
}

function SummaryEdit({ d, summary: first }: { d: Dialogue; summary: DialogueSummaryResult }) {
  const { t } = useTranslation(['dialogue-record', 'dialogues']);
  const text = useDialogueText(d.defaultLocale);
  const [summary, setSummary] = useState(first);
  // A published summary is read back from the server: the editor starts again from that copy.
  const [round, setRound] = useState(0);
  const [published, setPublished] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (published) notice.current?.focus();
  }, [published]);
  const title = text(d.title)?.text ?? t('page.untitled');
  const back = (
    <Link className="back-link" to={pageHref.dialogue(d.id)}>
      {t('editor.back', { title })}
    </Link>
  );
  if (!d.abilities.summarise)
    return (
      <Page title={t('editor.pageTitle', { title })} before={back}>
        <Alert tone="warning">
          <p>{t('editor.cannotEdit')}</p>
        </Alert>
      </Page>
    );
  const status = t(`dialogues:status.${summary.status}`);
  return (
    <Page
      title={t('editor.pageTitle', { title })}
      before={back}
      intro={
        <p>
          {summary.status === 'held' || summary.status === 'summarised'
            ? t('editor.statusReady', { status })
            : t('editor.statusNotHeld', { status })}
        </p>
      }
    >
      <div ref={notice} tabIndex={-1} role="status">
        {published ? (
          <Alert tone="success" title={t('editor.published')}>
            <p>
              <Link to={pageHref.dialogue(d.id)}>{t('editor.seeDialogue')}</Link>
            </p>
          </Alert>
        ) : null}
      </div>
      <SummaryAttendance dialogueId={d.id} sites={summary.attendance.sites} onSaved={setSummary} />
      <section className="section">
        <SummaryEditor
          key={round}
          dialogueId={d.id}
          defaultLocale={d.defaultLocale}
          summary={summary}
          onSaved={(saved, isPublished) => {
            setSummary(saved);
            if (!isPublished) return setPublished(false);
            setPublished(true);
            setRound((n) => n + 1);
          }}
        />
      </section>
      <ActionsSection dialogueId={d.id} manage={!!d.abilities.manageActions} />
    </Page>
  );
}
