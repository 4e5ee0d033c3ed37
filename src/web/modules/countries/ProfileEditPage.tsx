import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CountryPage } from '../../../shared/contracts/country-profiles.js';
import { ApiError, api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { Alert, Button, Loading, Page } from '../../components/ui/index.js';
import { ProfileEditor } from './ProfileEditor.js';
import './countries.css';

/** Edits a country's profile draft; offered only when the page's abilities allow it. */
export default function ProfileEditPage() {
  const { t } = useTranslation('countries');
  const code = (useParams().code ?? '').toUpperCase();
  const locale = useLocale();
  const navigate = useNavigate();
  const valid = /^[A-Z]{2}$/.test(code);
  const page = useApi<CountryPage>(valid ? `/countries/${code}?locale=${locale}` : null);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<ApiError>();

  if (!valid || page.error?.status === 404) return <NotFoundPage />;
  if (!page.data) return page.loading ? <Loading /> : <ApiErrorAlert error={page.error} />;

  const { country, profile, draft, abilities } = page.data;
  const back = (
    <Link className="back-link" to={`/countries/${code}`}>
      {t('editor.back', { name: country.name })}
    </Link>
  );

  const create = async () => {
    setCreating(true);
    setCreateError(undefined);
    try {
      await api.post(`/countries/${code}/profile`, {});
      page.reload();
    } catch (reason) {
      setCreateError(reason instanceof ApiError ? reason : undefined);
    } finally {
      setCreating(false);
    }
  };

  return (
    <Page title={t('editor.title', { name: country.name })} before={back}>
      {abilities.editProfile && draft ? (
        <ProfileEditor
          // A new draft from the server (after creating it) starts a new editor.
          key={draft.updatedAt}
          code={code}
          draft={draft}
          publishedVersion={profile?.version ?? null}
          canPublish={abilities.publish === true}
          onPublished={() => navigate(`/countries/${code}`)}
        />
      ) : abilities.createProfile ? (
        <>
          <ApiErrorAlert error={createError} />
          <p>{t('editor.noProfile', { name: country.name })}</p>
          <Button busy={creating} onClick={() => void create()}>
            {t('page.create')}
          </Button>
        </>
      ) : (
        <Alert tone="warning">
          <p>{t('editor.cannotEdit')}</p>
        </Alert>
      )}
    </Page>
  );
}
