import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Assessment } from '../../../shared/contracts/assessments.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Button } from '../../components/ui/index.js';
import { localToday } from './form-model.js';

export const editPath = (countryCode: string, id: string) =>
  `/countries/${countryCode}/assessments/${id}/edit`;

/**
 * Starts a new round (a draft dated today) and opens its form. If someone else started one
 * meanwhile, the API answers 409 with that draft's id, and the form of that draft opens instead.
 */
export function StartAssessmentButton({
  countryCode,
  variant = 'primary',
}: {
  countryCode: string;
  variant?: 'primary' | 'secondary';
}) {
  const { t } = useTranslation('assessments');
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const start = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.post<Assessment>(`/countries/${countryCode}/assessments`, {
        assessedOn: localToday(),
      });
      navigate(editPath(countryCode, created.id));
    } catch (reason) {
      const existing =
        reason instanceof ApiError && reason.status === 409 ? reason.fields.draftId : undefined;
      if (existing) navigate(editPath(countryCode, existing));
      else setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant={variant} busy={busy} onClick={start}>
        {busy ? t('form.starting') : t('form.start')}
      </Button>
      <ApiErrorAlert error={error} />
    </>
  );
}
