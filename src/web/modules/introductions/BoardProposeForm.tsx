import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, withQuery } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { draftText } from '../../components/forms/draft-bindings.js';
import { useDraft } from '../../components/forms/use-draft.js';
import { Button, Checkbox, TextArea } from '../../components/ui/index.js';
import { existingIntroductionPath } from '../matching/match-model.js';
import { proposalBody } from './forms-model.js';
import type { Introduction } from './types.js';

const MESSAGE_MAX = 2000;

interface Props {
  needId: string;
  needTitle: string;
  offerId: string;
  /** Called once the introduction exists, so the board can count it. */
  onCreated: (created: Introduction) => void;
}

/**
 * A broker introduces a need to its best offer match: sent to both sides at once, or saved as a
 * suggestion to send later. The message is kept as a local draft until the introduction exists.
 */
export function BoardProposeForm({ needId, needTitle, offerId, onCreated }: Props) {
  const { t } = useTranslation('introductions');
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Introduction | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const draft = useDraft(`introduction.board.${needId}.${offerId}`, { message: '', send: true });
  const form = useSubmit(async () => {
    const body = proposalBody(needId, offerId, draft.value.message, draft.value.send);
    const answer = await api.post<Introduction>(withQuery('/introductions', { locale }), body);
    draft.clear();
    setOpen(false);
    setCreated(answer);
    onCreated(answer);
  });

  const existing = existingIntroductionPath(form.error);

  // The form closes on success: focus goes to the outcome, which is announced.
  useEffect(() => {
    if (created) result.current?.focus();
  }, [created]);

  return (
    <div className="intro-propose">
      <div ref={result} tabIndex={-1} role="status">
        {created ? (
          <p>
            {t(created.state === 'suggested' ? 'board.suggested' : 'board.proposed')}{' '}
            <Link to={`/introductions/${created.id}`}>{t('board.openIntroduction')}</Link>
          </p>
        ) : null}
      </div>
      {created ? null : (
        <Button
          variant="secondary"
          aria-expanded={open}
          aria-label={t('board.proposeNamed', { need: needTitle })}
          onClick={() => setOpen((v) => !v)}
        >
          {t('board.propose')}
        </Button>
      )}
      {open ? (
        <form onSubmit={form.onSubmit} noValidate>
          <ApiErrorAlert error={form.error} fields={['message']} />
          {existing ? (
            <p>
              <Link to={existing}>{t('board.openExisting')}</Link>
            </p>
          ) : null}
          <TextArea
            label={t('board.message')}
            hint={t('board.messageHint')}
            rows={3}
            maxLength={MESSAGE_MAX}
            {...draftText(draft, form, 'message')}
          />
          <Checkbox
            label={t('board.sendNow')}
            hint={t('board.sendNowHint')}
            checked={draft.value.send}
            onChange={(e) => draft.update({ send: e.target.checked })}
          />
          <div className="button-row">
            <Button type="submit" busy={form.pending}>
              {t(draft.value.send ? 'board.submitSend' : 'board.submitSuggest')}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
