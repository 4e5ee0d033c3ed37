import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Alert, Button, Checkbox, TextArea } from '../../components/ui/index.js';
import type { Dialogue } from './types.js';

/**
 * Calling the dialogue off, after a confirmation: those invited get the cancellation when asked.
 * A cancelled dialogue is restored by choosing a start again.
 */
export function CancelPanel({
  dialogue: d,
  onCancelled,
}: {
  dialogue: Dialogue;
  onCancelled: (d: Dialogue) => void;
}) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const [reason, setReason] = useState('');
  const [notify, setNotify] = useState(true);
  const cancel = useSubmit(async () => {
    if (!window.confirm(t('cancel.confirm'))) return;
    onCancelled(await api.post<Dialogue>(`/dialogues/${d.id}/cancel?locale=${locale}`, { reason, notify }));
  });
  if (d.status === 'held' || d.status === 'summarised') return null;
  return (
    <section className="planner-step" aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t('cancel.heading')}</h2>
      {d.cancelledAt ? (
        <Alert tone="warning">
          <p>{t('cancel.done')}</p>
        </Alert>
      ) : (
        <form onSubmit={cancel.onSubmit} noValidate>
          <ApiErrorAlert error={cancel.error} fields={['reason']} />
          <TextArea
            label={t('cancel.reason')}
            name="reason"
            rows={2}
            maxLength={LIMITS.descriptionMax}
            value={reason}
            error={cancel.fieldError('reason')}
            onChange={(e) => setReason(e.target.value)}
          />
          <Checkbox
            label={t('cancel.notify')}
            checked={notify}
            onChange={(e) => setNotify(e.target.checked)}
          />
          <Button type="submit" variant="danger" busy={cancel.pending}>
            {t('cancel.button')}
          </Button>
        </form>
      )}
    </section>
  );
}
