import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Experience } from '../../../shared/contracts/experiences.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { rememberOrganisation } from '../countries/use-organisation-names.js';
import { useFieldLabels } from './editor-labels.js';
import { experienceTitle, isUuid, normaliseDocument, participantNames } from './editor-model.js';
import { ReviewDocument } from './ReviewDocument.js';
import { ReviewForm } from './ReviewForm.js';
import { ReviewHistory } from './ReviewHistory.js';
import './editor-styles.css';

/**
 * `/experiences/:id/review`: the submitted working copy, read-only, then the checklist, a comment
 * and the decision. Offered when the record's abilities allow the caller to review it.
 */
export default function ReviewPage() {
  const { t } = useTranslation('experience-editor');
  const labels = useFieldLabels();
  const locale = useLocale();
  const formatDate = useDateFormat();
  const id = useParams().id ?? '';
  const valid = isUuid(id);
  const page = useApi<Experience>(valid ? `/experiences/${id}?locale=${locale}` : null);

  if (!valid || page.error?.status === 404) return <NotFoundPage />;
  if (!page.data) return page.loading ? <Loading /> : <ApiErrorAlert error={page.error} />;

  const experience = page.data;
  // The names of the participants' organisations came with the record: no need to fetch them.
  for (const [orgId, name] of participantNames(experience)) rememberOrganisation(orgId, name, locale);
  const content = experience.draft?.content ?? experience.published?.content ?? {};
  const doc = normaliseDocument(content, locale);
  const title = experienceTitle(content, locale) || t('untitled');
  const back = (
    <Link className="back-link" to="/experiences/review">
      {t('review.backToQueue')}
    </Link>
  );
  const facts: [string, string][] = [
    [labels.meta('organisation'), experience.organisation.name],
    [labels.meta('author'), experience.author ?? ''],
    [t('review.submittedAt'), formatDate(experience.submittedAt)],
    [labels.meta('status'), labels.status(experience.status)],
  ];

  return (
    <Page title={t('review.title', { title })} before={back}>
      <dl className="details review-facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {experience.published ? (
        <Alert tone="info">
          <p>
            {t('review.changesTo', { version: experience.published.version })}{' '}
            <Link to={`/experiences/${experience.id}`}>{t('review.seePublished')}</Link>
          </p>
        </Alert>
      ) : null}
      {experience.abilities.review ? null : (
        <Alert tone="warning">
          <p>{experience.status === 'in_review' ? t('review.cannotReview') : t('review.notWaiting')}</p>
        </Alert>
      )}
      <ReviewHistory reviews={experience.reviews} />
      <ReviewDocument doc={doc} attachments={experience.attachments} />
      {experience.abilities.review ? <ReviewForm experience={experience} title={title} /> : null}
    </Page>
  );
}
