import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { useLocale } from '../../app/i18n.js';
import { Button } from '../../components/ui/index.js';
import type { ActionProps } from './AnswerPanel.js';
import { introductionPath } from './forms-model.js';
import type { Introduction } from './types.js';

/** A broker's suggestion, sent to both sides as a proposal (their time to answer starts then). */
export function SendPanel({ i, onDone }: ActionProps) {
  const { t } = useTranslation('introductions');
  const locale = useLocale();
  const formatDate = useDateFormat();
  const headingId = useId();
  const send = useSubmit(async () => {
    const updated = await api.post<Introduction>(introductionPath(i.id, locale, 'send'));
    onDone(updated, t('notice.sent', { date: formatDate(updated.expiresAt) }));
  });
  return (
    <section aria-labelledby={headingId} className="intro-panel">
      <h3 id={headingId}>{t('send.heading')}</h3>
      <p>{t('send.explain')}</p>
      <form onSubmit={send.onSubmit} noValidate>
        <ApiErrorAlert error={send.error} />
        <Button type="submit" busy={send.pending}>
          {t('send.button')}
        </Button>
      </form>
    </section>
  );
}
