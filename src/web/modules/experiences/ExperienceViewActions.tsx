import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Experience } from '../../../shared/contracts/experiences.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Alert, Button, LinkButton } from '../../components/ui/index.js';

type Action = 'submit' | 'verify' | 'archive' | 'restore' | 'delete';

/**
 * What the reader may do with this experience, from its abilities alone: edit and review open
 * their pages; submit, verify, archive, restore and delete are confirmed, then sent, and the
 * page shows the answer (or the refusal, naming what to fix).
 */
export function ExperienceViewActions({
  experience: e,
  printTo,
  onChanged,
}: {
  experience: Experience;
  printTo: string;
  onChanged: (next: Experience) => void;
}) {
  const { t } = useTranslation('experiences');
  const navigate = useNavigate();
  const [running, setRunning] = useState<Action | null>(null);
  const [error, setError] = useState<ApiError>();
  const can = (ability: string) => e.abilities[ability] === true;

  const run = async (action: Action) => {
    if (!window.confirm(t(`actions.confirm.${action}`))) return;
    setRunning(action);
    setError(undefined);
    try {
      if (action === 'delete') {
        await api.delete(`/experiences/${e.id}`);
        navigate('/experiences/mine', { replace: true });
        return;
      }
      onChanged(await api.post<Experience>(`/experiences/${e.id}/${action}`));
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setRunning(null);
    }
  };
  const button = (action: Action, variant: 'primary' | 'secondary' | 'danger' = 'secondary') => (
    <Button variant={variant} busy={running === action} onClick={() => void run(action)}>
      {t(`actions.${action}`)}
    </Button>
  );
  const archived = e.status === 'archived';

  return (
    <>
      {can('edit') && !archived ? (
        <LinkButton to={`/experiences/${e.id}/edit`} variant="secondary">
          {t('actions.edit')}
        </LinkButton>
      ) : null}
      {can('submit') ? button('submit', 'primary') : null}
      {can('review') ? (
        <LinkButton to={`/experiences/${e.id}/review`}>{t('actions.review')}</LinkButton>
      ) : null}
      {can('verify') && e.status === 'published' ? button('verify', e.stale ? 'primary' : 'secondary') : null}
      {can('archive') && !archived && e.published ? button('archive') : null}
      {archived && can('restore') ? button('restore') : null}
      {can('delete') ? button('delete', 'danger') : null}
      {can('audit') ? (
        <LinkButton to={`/audit/experience/${e.id}`} variant="secondary">
          {t('actions.audit')}
        </LinkButton>
      ) : null}
      {e.published || e.draft ? (
        <LinkButton to={printTo} variant="secondary">
          {t('actions.print')}
        </LinkButton>
      ) : null}
      <div className="actions-error">
        {error && Object.keys(error.fields).length > 1 ? (
          // A refused submission names every gap at once: list them all, with the way to the editor.
          <Alert tone="error" focusTarget title={t('actions.problems')}>
            <ul>
              {Object.entries(error.fields).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
            {can('edit') ? (
              <p>
                <Link to={`/experiences/${e.id}/edit`}>{t('actions.fixInEditor')}</Link>
              </p>
            ) : null}
          </Alert>
        ) : (
          <ApiErrorAlert error={error} />
        )}
      </div>
    </>
  );
}
