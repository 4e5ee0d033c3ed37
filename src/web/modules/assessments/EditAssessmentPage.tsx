import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Assessment, AssessmentRubric } from '../../../shared/contracts/assessments.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { AssessmentForm } from './AssessmentForm.js';
import { applyPatch, draftOf } from './form-model.js';
import { forgetKept, readKept } from './use-autosave.js';
import './assessments.css';

/** The form of a draft round; a submitted round or a reader who may not edit gets an explanation. */
export default function EditAssessmentPage() {
  const { t } = useTranslation('assessments');
  const { code = '', id = '' } = useParams();
  const locale = useLocale();
  // Read once: the form starts from the server copy with any changes kept on this device.
  const [kept] = useState(() => readKept(id));
  const assessment = useApi<Assessment>(`/assessments/${id}?locale=${locale}`);
  const rubric = useApi<AssessmentRubric>(`/assessments/rubric?locale=${locale}`);
  const a = assessment.data;
  // A round submitted meanwhile (here or elsewhere) has nothing left to save from this device.
  useEffect(() => {
    if (a?.status === 'submitted') forgetKept(a.id);
  }, [a]);

  if (assessment.error?.status === 404 || assessment.error?.status === 400) return <NotFoundPage />;
  if (!a || !rubric.data)
    return assessment.loading || rubric.loading ? (
      <Loading />
    ) : (
      <ApiErrorAlert error={assessment.error ?? rubric.error} />
    );
  if (a.countryCode !== code.toUpperCase()) return <NotFoundPage />;

  const back = (
    <Link className="back-link" to={`/countries/${a.countryCode}/assessments`}>
      {t('overview.history')}
    </Link>
  );
  const editable = a.status === 'draft' && a.abilities.edit;
  return (
    <Page
      title={t('form.title', { country: a.countryName })}
      before={back}
      intro={editable ? <p>{t('form.intro')}</p> : null}
    >
      {a.status === 'submitted' ? (
        <Alert tone="info">
          <p>{t('form.readOnly')}</p>
        </Alert>
      ) : !a.abilities.edit ? (
        <Alert tone="warning">
          <p>{t('form.cannotEdit', { country: a.countryName })}</p>
        </Alert>
      ) : (
        <AssessmentForm
          // The form mounts once per round and language; edits live in its own state from then on.
          key={a.id}
          assessment={a}
          rubric={rubric.data}
          kept={kept}
          initial={kept ? applyPatch(draftOf(a, locale), kept) : draftOf(a, locale)}
        />
      )}
    </Page>
  );
}
