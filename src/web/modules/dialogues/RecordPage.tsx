import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Dialogue } from '../../../shared/contracts/dialogues.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { LinkButton, Loading, Page } from '../../components/ui/index.js';
import { ActionsSection } from './ActionsSection.js';
import { RecordAgenda } from './RecordAgenda.js';
import { RecordFacts, RecordObjectives } from './RecordFacts.js';
import { hasSummary, SummaryContent, useSummary } from './RecordSummary.js';
import { RecordVenues } from './RecordVenues.js';
import { useDialogue } from './record-hooks.js';
import { fileHref, pageHref } from './record-paths.js';
import { useDialogueText } from './record-text.js';
import './record-styles.css';

/**
 * `/dialogues/:id`: the dialogue as anyone who may see it reads it (signed out too, when public):
 * facts, objectives, the venue table to paste into an invitation, the agenda on every site's
 * clock, and once held its summary, actions and what's next, with the exports.
 */
export default function RecordPage() {
  const { t } = useTranslation('dialogue-record');
  const id = useParams().id ?? '';
  const dialogue = useDialogue(id);
  if (dialogue.error?.status === 404 || dialogue.error?.status === 400) return <NotFoundPage />;
  if (!dialogue.data)
    return (
      <Page title={t('page.loading')}>
        {dialogue.loading ? <Loading /> : <ApiErrorAlert error={dialogue.error} />}
      </Page>
    );
  return <RecordView d={dialogue.data} />;
}

function RecordView({ d }: { d: Dialogue }) {
  const { t } = useTranslation('dialogue-record');
  const locale = useLocale();
  const text = useDialogueText(d.defaultLocale);
  const summary = useSummary(d.id);
  const title = text(d.title)?.text ?? t('page.untitled');
  const a = d.abilities;
  return (
    <Page
      title={title}
      before={
        <Link className="back-link" to="/dialogues">
          {t('page.back')}
        </Link>
      }
      actions={
        <>
          {a.update ? (
            <LinkButton variant="secondary" to={pageHref.plan(d.id)}>
              {t('page.plan')}
            </LinkButton>
          ) : null}
          {a.summarise ? (
            <LinkButton variant="secondary" to={pageHref.summaryEdit(d.id)}>
              {t('page.editSummary')}
            </LinkButton>
          ) : null}
          <LinkButton variant="quiet" to={pageHref.print(d.id)}>
            {t('page.print')}
          </LinkButton>
        </>
      }
    >
      <RecordFacts d={d} />
      <RecordObjectives d={d} />
      <RecordVenues dialogueId={d.id} startsAt={d.startsAt} />
      <RecordAgenda d={d} />
      {hasSummary(summary.data) ? (
        <>
          <SummaryContent s={summary.data} defaultLocale={d.defaultLocale} />
          <p className="export-links">
            {t('exports.label')}{' '}
            <a href={fileHref.markdown(d.id, locale)} download>
              {t('exports.markdown')}
            </a>
            <a href={fileHref.word(d.id, locale)} download>
              {t('exports.word')}
            </a>
            <Link to={pageHref.print(d.id)}>{t('exports.print')}</Link>
          </p>
        </>
      ) : summary.error && summary.error.status !== 404 ? (
        <ApiErrorAlert error={summary.error} />
      ) : null}
      <ActionsSection dialogueId={d.id} manage={!!a.manageActions} />
    </Page>
  );
}
