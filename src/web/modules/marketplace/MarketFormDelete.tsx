import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Button } from '../../components/ui/index.js';
import { MarketFormSection } from './MarketFormParts.js';
import type { MarketKind } from './market-form-choices.js';

/**
 * Deleting a need or offer, after a confirmation; offered only with the record's delete ability.
 * The API refuses one that has introductions (409) and says to withdraw it instead.
 */
export function MarketFormDelete({ kind, id }: { kind: MarketKind; id: string }) {
  const { t } = useTranslation('market-form');
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const need = kind === 'need';

  const remove = async () => {
    if (!window.confirm(need ? t('delete.confirmNeed') : t('delete.confirmOffer'))) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.delete(`/${kind}s/${id}`);
      navigate(`/${kind}s`, { replace: true });
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
      setBusy(false);
    }
  };

  return (
    <MarketFormSection title={t('delete.heading')}>
      <p>{need ? t('delete.needText') : t('delete.offerText')}</p>
      <ApiErrorAlert error={error} />
      <Button variant="danger" busy={busy} onClick={() => void remove()}>
        {need ? t('delete.needButton') : t('delete.offerButton')}
      </Button>
    </MarketFormSection>
  );
}
