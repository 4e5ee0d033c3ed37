import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerBody, IntroductionSide } from '../../../shared/contracts/introductions.js';
import { ApiError, api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useDraft } from '../../components/forms/use-draft.js';
import { Alert, Button, TextArea } from '../../components/ui/index.js';
import { introductionPath } from './forms-model.js';
import { useIntroductionLabels } from './labels.js';
import type { Introduction } from './types.js';

const REASON_MAX = 1000;

export interface ActionProps {
  i: Introduction;
  /** Takes the introduction as the API returned it after the action, and what to announce. */
  onDone: (updated: Introduction, notice: string) => void;
}

/**
 * Accept, or decline with a reason, for one side. The reason is kept as a local draft until the
 * decline is recorded, so a failure (or a closed tab) never loses it.
 */
export function AnswerPanel({ i, side, onDone }: ActionProps & { side: IntroductionSide }) {
  const { t } = useTranslation('introductions');
  const locale = useLocale();
  const { sideName } = useIntroductionLabels();
  const headingId = useId();
  const organisation = sideName(i, side);
  const draft = useDraft(`introduction.${i.id}.decline.${side}`, { reason: '' });

  const answer = (body: AnswerBody) => api.post<Introduction>(introductionPath(i.id, locale, 'answer'), body);
  const accept = useSubmit(async () => {
    const updated = await answer({ side, answer: 'accepted', reason: '' });
    onDone(updated, t(updated.state === 'agreed' ? 'notice.agreed' : 'notice.accepted', { organisation }));
  });
  const decline = useSubmit(async () => {
    const reason = draft.value.reason.trim();
    // Said here rather than after a round trip; the server refuses an empty reason all the same.
    if (!reason) throw new ApiError(400, 'invalid', t('answer.reasonRequired'), 'reason');
    const updated = await answer({ side, answer: 'declined', reason });
    draft.clear();
    onDone(updated, t('notice.declined', { organisation }));
  });

  return (
    <section aria-labelledby={headingId} className="intro-panel">
      <h3 id={headingId}>{t(`answer.heading.${side}`, { organisation })}</h3>
      <p>{t('answer.explain')}</p>
      <form onSubmit={accept.onSubmit} noValidate>
        <ApiErrorAlert error={accept.error} />
        <Button type="submit" busy={accept.pending}>
          {t(`answer.accept.${side}`)}
        </Button>
      </form>
      <form onSubmit={decline.onSubmit} noValidate className="intro-decline">
        {draft.restored ? (
          <Alert tone="info">
            <p>{t('answer.restored')}</p>
          </Alert>
        ) : null}
        <ApiErrorAlert error={decline.error} fields={['reason']} />
        <TextArea
          label={t('answer.reason')}
          hint={t('answer.reasonHint')}
          name="reason"
          rows={3}
          required
          maxLength={REASON_MAX}
          value={draft.value.reason}
          error={decline.fieldError('reason')}
          onChange={(e) => draft.update({ reason: e.target.value })}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary" busy={decline.pending}>
            {t(`answer.decline.${side}`)}
          </Button>
          {draft.restored ? (
            <Button variant="quiet" onClick={draft.discard}>
              {t('answer.discard')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
