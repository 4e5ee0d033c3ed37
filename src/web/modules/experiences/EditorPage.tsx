import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Experience } from '../../../shared/contracts/experiences.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { rememberOrganisation } from '../countries/use-organisation-names.js';
import { Editor } from './Editor.js';
import { useFieldLabels } from './editor-labels.js';
import { experienceTitle, isUuid, participantNames } from './editor-model.js';
import './editor-styles.css';

/** `/experiences/:id/edit`: the editor of the working copy, for those the record's abilities allow. */
export default function EditorPage() {
  const { t } = useTranslation('experience-editor');
  const labels = useFieldLabels();
  const locale = useLocale();
  const id = useParams().id ?? '';
  const valid = isUuid(id);
  const page = useApi<Experience>(valid ? `/experiences/${id}?locale=${locale}` : null);

  if (!valid || page.error?.status === 404) return <NotFoundPage />;
  if (!page.data) return page.loading ? <Loading /> : <ApiErrorAlert error={page.error} />;

  const experience = page.data;
  // The names of the participants' organisations came with the record: no need to fetch them.
  for (const [orgId, name] of participantNames(experience)) rememberOrganisation(orgId, name, locale);
  const content = experience.draft?.content ?? experience.published?.content;
  const title = experienceTitle(content, locale) || t('untitled');
  const back = (
    <Link className="back-link" to="/experiences/mine">
      {t('backToMine')}
    </Link>
  );

  return (
    <Page
      title={t('editor.title', { title })}
      before={back}
      intro={
        <p>
          {t('editor.status', {
            status: labels.status(experience.status),
            organisation: experience.organisation.name,
          })}
        </p>
      }
    >
      {experience.abilities.edit ? (
        <Editor
          // Another experience (or a reload from the server) starts a new editor.
          key={experience.id}
          experience={experience}
          onChanged={page.setData}
        />
      ) : (
        <Alert tone="warning">
          <p>{experience.status === 'in_review' ? t('editor.inReview') : t('editor.cannotEdit')}</p>
          <p>
            <Link to={`/experiences/${experience.id}`}>{t('editor.view')}</Link>
          </p>
        </Alert>
      )}
    </Page>
  );
}
