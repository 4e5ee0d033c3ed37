import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackBody } from '../../../shared/contracts/introductions.js';
import { ApiError, api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { useLocale } from '../../app/i18n.js';
import { Radio } from '../../components/editor/ChoiceFields.js';
import { DraftForm } from '../../components/forms/DraftForm.js';
import { draftText } from '../../components/forms/draft-bindings.js';
import { useDraft } from '../../components/forms/use-draft.js';
import { TextArea } from '../../components/ui/index.js';
import type { ActionProps } from './AnswerPanel.js';
import { introductionPath, USEFULNESS } from './forms-model.js';
import type { Introduction } from './types.js';

const COMMENT_MAX = 1000;

/** Was it useful? A 1–5 rating and a comment, once per side; kept as a local draft until sent. */
export function FeedbackForm({ i, onDone }: ActionProps) {
  const { t } = useTranslation('introductions');
  const locale = useLocale();
  const ids = useId();
  const draft = useDraft(`introduction.${i.id}.feedback`, { usefulness: 0, comment: '' });
  const form = useSubmit(async () => {
    const { usefulness, comment } = draft.value;
    if (!USEFULNESS.includes(usefulness as (typeof USEFULNESS)[number]))
      throw new ApiError(400, 'invalid', t('feedback.chooseRating'), 'usefulness');
    const body: FeedbackBody = { usefulness, comment: comment.trim() };
    const updated = await api.post<Introduction>(introductionPath(i.id, locale, 'feedback'), body);
    draft.clear();
    onDone(updated, t('notice.feedbackSent'));
  });
  const error = form.fieldError('usefulness');

  return (
    <DraftForm
      form={form}
      draft={draft}
      fields={['usefulness', 'comment']}
      submitLabel={t('feedback.send')}
      restoredText={t('feedback.restored')}
      discardLabel={t('feedback.discard')}
    >
      <fieldset
        className={error ? 'field field-invalid' : 'field'}
        aria-describedby={error ? `${ids}-error` : undefined}
      >
        <legend>{t('feedback.usefulness')}</legend>
        {USEFULNESS.map((n) => (
          <Radio
            key={n}
            name={`${ids}-usefulness`}
            label={t(`feedback.scale.${n}`)}
            checked={draft.value.usefulness === n}
            invalid={!!error}
            onChange={() => draft.update({ usefulness: n })}
          />
        ))}
        <p id={`${ids}-error`} className="field-error" aria-live="polite">
          {error}
        </p>
      </fieldset>
      <TextArea
        label={t('feedback.comment')}
        hint={t('feedback.commentHint')}
        rows={4}
        maxLength={COMMENT_MAX}
        {...draftText(draft, form, 'comment')}
      />
    </DraftForm>
  );
}
