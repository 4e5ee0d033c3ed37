import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { draftText } from '../../components/forms/draft-bindings.js';
import { useDraft } from '../../components/forms/use-draft.js';
import { Alert, Button, TextArea } from '../../components/ui/index.js';
import {
  existingIntroductionPath,
  introductionFor,
  type Match,
  type MatchSubject,
  refusalOf,
} from './match-model.js';

const MESSAGE_MAX = 2000;

/**
 * "Propose an introduction" under a match: a short form with an optional message, sent as
 * POST /introductions. The server decides who may (and refuses duplicates or one's own
 * organisation); its reason is shown and the message kept, also across a reload (a local draft).
 * Focus goes to the message on opening and to the confirmation once sent.
 */
export function ProposeIntroduction({
  subject,
  match,
  titleId,
}: {
  subject: MatchSubject;
  match: Match;
  /** The id of the match's title, which says what the button proposes. */
  titleId: string;
}) {
  const { t } = useTranslation('matching');
  const pair = introductionFor(subject, match, '');
  const draft = useDraft(`introduction.${pair?.needId}.${pair?.offerId}`, { message: '' });
  // A message left unsent on an earlier visit reopens the form with it.
  const kept = draft.restored && draft.value.message.trim() !== '';
  const [open, setOpen] = useState(kept);
  const [created, setCreated] = useState<string | null>(null);
  const formId = useId();
  const root = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const done = useRef<HTMLDivElement>(null);
  const opened = useRef(false);

  const submit = useSubmit(async () => {
    const body = introductionFor(subject, match, draft.value.message);
    if (!body) return;
    try {
      const introduction = await api.post<{ id: string }>('/introductions', body);
      draft.clear();
      setCreated(introduction.id);
    } catch (reason) {
      // A refusal that trying again will not change (a duplicate, not allowed): the text stays
      // on screen, but is not brought back on every later visit.
      if (reason instanceof ApiError && (reason.status === 403 || reason.status === 409)) draft.clear();
      throw reason;
    }
  });

  // Only after the reader opened it: a form restored from a draft must not steal focus on load.
  useEffect(() => {
    if (open && opened.current) form.current?.querySelector('textarea')?.focus();
  }, [open]);
  useEffect(() => {
    if (created) done.current?.focus();
  }, [created]);

  if (!pair) return null;
  const refusal = submit.error ? refusalOf(submit.error) : null;
  const existing = existingIntroductionPath(submit.error);
  if (created)
    return (
      <div ref={done} tabIndex={-1} className="propose-done" data-testid="introduction-proposed">
        <Alert tone="success" title={t('list.propose.done')}>
          <p>{t('list.propose.doneText')}</p>
          <p className="propose-links">
            <Link to={`/introductions/${created}`}>{t('list.propose.open')}</Link>{' '}
            <Link to="/market/mine">{t('list.propose.pipeline')}</Link>
          </p>
        </Alert>
      </div>
    );

  return (
    <div className="propose" ref={root}>
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={formId}
        aria-describedby={titleId}
        onClick={() => {
          opened.current = true;
          setOpen((v) => !v);
        }}
      >
        {t('list.propose.action')}
      </Button>
      <form
        id={formId}
        ref={form}
        hidden={!open}
        className="propose-form"
        aria-label={t('list.propose.formLabel')}
        aria-describedby={titleId}
        onSubmit={submit.onSubmit}
      >
        {kept ? <p className="field-hint">{t('list.propose.restored')}</p> : null}
        <TextArea
          label={t('list.propose.message')}
          hint={t('list.propose.messageHint')}
          rows={3}
          maxLength={MESSAGE_MAX}
          {...draftText(draft, submit, 'message')}
        />
        {refusal ? (
          <Alert tone="error" focusTarget>
            <p>{refusal}</p>
            {existing ? (
              <p>
                <Link to={existing}>{t('list.propose.openExisting')}</Link>
              </p>
            ) : null}
          </Alert>
        ) : (
          <ApiErrorAlert error={submit.error} fields={['message']} />
        )}
        <div className="button-row">
          <Button type="submit" busy={submit.pending}>
            {t('list.propose.send')}
          </Button>
          <Button
            variant="quiet"
            onClick={() => {
              setOpen(false);
              submit.clearError();
              root.current?.querySelector<HTMLButtonElement>(`[aria-controls="${formId}"]`)?.focus();
            }}
          >
            {t('list.propose.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
