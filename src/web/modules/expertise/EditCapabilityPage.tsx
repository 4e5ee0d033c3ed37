import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Capability } from '../../../shared/contracts/expertise.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { patchChanges } from '../../components/forms/draft-model.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { CapabilityForm } from './CapabilityForm.js';
import { capabilityBodyOf, capabilityDraftOf } from './form-model.js';

/** Edit a capability; offered only with the record's update ability. */
export default function EditCapabilityPage() {
  const { t } = useTranslation('expertise');
  const { id = '' } = useParams();
  const locale = useLocale();
  const navigate = useNavigate();
  const { data: c, error, loading } = useApi<Capability>(`/capabilities/${id}?locale=${locale}`);

  if (error?.status === 404) return <NotFoundPage />;
  if (!c) return loading ? <Loading /> : <ApiErrorAlert error={error} />;

  const initial = capabilityDraftOf(c, locale);
  return (
    <Page
      title={t('form.editCapabilityTitle', { title: c.title })}
      before={
        <Link className="back-link" to={`/capabilities/${c.id}`}>
          {t('form.backTo', { name: c.title })}
        </Link>
      }
    >
      {c.abilities.update ? (
        <CapabilityForm
          draftKey={`capability.${c.id}`}
          initial={initial}
          submitLabel={t('form.save')}
          save={async (fields) => {
            await patchChanges(`/capabilities/${c.id}`, capabilityBodyOf(initial), fields);
            navigate(`/capabilities/${c.id}`);
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
