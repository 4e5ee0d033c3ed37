import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Organisation } from '../../../shared/contracts/organisations.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Button, LinkButton } from '../../components/ui/index.js';

/** Edit, audit trail and delete, each shown only when the record's abilities allow it. */
export function OrganisationActions({ organisation: org }: { organisation: Organisation }) {
  const { t } = useTranslation('organisations');
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<ApiError>();

  const remove = async () => {
    if (!window.confirm(t('profile.confirmDelete', { name: org.name }))) return;
    setDeleting(true);
    try {
      await api.delete(`/organisations/${org.id}`);
      navigate('/organisations', { replace: true });
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : undefined);
      setDeleting(false);
    }
  };

  return (
    <>
      {org.abilities.update ? (
        <LinkButton to={`/organisations/${org.id}/edit`} variant="secondary">
          {t('profile.edit')}
        </LinkButton>
      ) : null}
      {org.abilities.audit ? (
        <LinkButton to={`/audit/organisation/${org.id}`} variant="secondary">
          {t('profile.history')}
        </LinkButton>
      ) : null}
      {org.abilities.delete ? (
        <Button variant="danger" busy={deleting} onClick={() => void remove()}>
          {t('profile.delete')}
        </Button>
      ) : null}
      <ApiErrorAlert error={error} />
    </>
  );
}
