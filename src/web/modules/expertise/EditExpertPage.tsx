import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Expert } from '../../../shared/contracts/expertise.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { patchChanges } from '../../components/forms/draft-model.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { ExpertForm } from './ExpertForm.js';
import { useExpertName } from './ExpertListItem.js';
import { expertBodyOf, expertDraftOf } from './form-model.js';

/** Edit an expert; offered only with the record's update ability (which also shows the consent). */
export default function EditExpertPage() {
  const { t } = useTranslation('expertise');
  const { id = '' } = useParams();
  const locale = useLocale();
  const navigate = useNavigate();
  const name = useExpertName();
  const { data: e, error, loading } = useApi<Expert>(`/experts/${id}?locale=${locale}`);

  if (error?.status === 404) return <NotFoundPage />;
  if (!e) return loading ? <Loading /> : <ApiErrorAlert error={error} />;

  const initial = expertDraftOf(e, locale);
  return (
    <Page
      title={t('form.editExpertTitle', { name: name(e) })}
      before={
        <Link className="back-link" to={`/experts/${e.id}`}>
          {t('form.backTo', { name: name(e) })}
        </Link>
      }
    >
      {e.abilities.update ? (
        <ExpertForm
          draftKey={`expert.${e.id}`}
          organisation={{ id: e.organisation.id, name: e.organisation.name }}
          initial={initial}
          consentOnRecord={e.consent?.givenOn}
          submitLabel={t('form.save')}
          save={async (fields) => {
            await patchChanges(`/experts/${e.id}`, expertBodyOf(initial), fields);
            navigate(`/experts/${e.id}`);
          }}
        />
      ) : (
        <Alert tone="warning">
          <p>{t('form.cannotEdit')}</p>
        </Alert>
      )}
    </Page>
  );
}
