import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Organisation } from '../../../shared/contracts/organisations.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { patchChanges } from '../../components/forms/draft-model.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { bodyOf, draftOf } from './form-model.js';
import { OrganisationForm } from './OrganisationForm.js';

/** Edit an organisation; offered only when the record's abilities include update. */
export default function EditOrganisationPage() {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  const locale = useLocale();
  const navigate = useNavigate();
  const { data: org, error, loading } = useApi<Organisation>(`/organisations/${id}?locale=${locale}`);

  if (error?.status === 404) return <NotFoundPage />;
  if (!org) return loading ? <Loading /> : <ApiErrorAlert error={error} />;

  const initial = draftOf(org, locale);
  const back = (
    <Link className="back-link" to={`/organisations/${org.id}`}>
      {t('form.backToProfile', { name: org.name })}
    </Link>
  );
  return (
    <Page title={t('form.editTitle', { name: org.name })} before={back}>
      {org.abilities.update ? (
        <OrganisationForm
          // The form mounts once with the record as loaded; a kept draft of this record wins.
          draftKey={`organisation.${org.id}`}
          selfId={org.id}
          initial={initial}
          submitLabel={t('form.save')}
          save={async (body) => {
            await patchChanges(`/organisations/${org.id}`, bodyOf(initial), body);
            navigate(`/organisations/${org.id}`);
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
