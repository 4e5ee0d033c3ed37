import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DialogueAction } from '../../../shared/contracts/dialogue-followup.js';
import type { Dialogue } from '../../../shared/contracts/dialogues.js';
import { pickLocale } from '../../../shared/locale-map.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Button } from '../../components/ui/index.js';
import { useDayFormat } from '../countries/format.js';
import { actionOwner } from './actions-model.js';
import { formatCivilDate } from './record-format.js';
import { actionPath, pageHref } from './record-paths.js';

interface Props {
  action: DialogueAction;
  onChanged: (action: DialogueAction) => void;
  onRemoved: (action: DialogueAction) => void;
  /** Names the dialogue (the list across dialogues). */
  showDialogue?: boolean;
}

/**
 * One follow-up action or "what's next" item: what, who, by when (overdue said in words, not by
 * colour alone), done or open, and what the reader's abilities allow: tick off or reopen, delete,
 * and for an item of what's next, make it the next dialogue of the series.
 */
export function ActionsItem({ action: a, onChanged, onRemoved, showDialogue = false }: Props) {
  const { t } = useTranslation(['dialogue-record', 'dialogues']);
  const locale = useLocale();
  const navigate = useNavigate();
  const formatDay = useDayFormat();
  const [busy, setBusy] = useState<'done' | 'delete' | 'next' | null>(null);
  const [error, setError] = useState<ApiError>();
  const text = pickLocale(a.text, locale)?.text ?? '';
  const dialogueTitle = pickLocale(a.dialogue.title, locale)?.text ?? '';

  const run = async (which: 'done' | 'delete' | 'next', work: () => Promise<void>) => {
    setBusy(which);
    setError(undefined);
    try {
      await work();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setBusy(null);
    }
  };
  const toggle = () =>
    run('done', async () =>
      onChanged(await api.patch<DialogueAction>(actionPath(a.id), { done: !a.doneAt })),
    );
  const remove = () => {
    if (!window.confirm(t('actions.confirmDelete', { text }))) return;
    void run('delete', async () => {
      await api.delete(actionPath(a.id));
      onRemoved(a);
    });
  };
  const makeNext = () =>
    run('next', async () => {
      const next = await api.post<Dialogue>(`${actionPath(a.id)}/next-dialogue`, {});
      navigate(pageHref.plan(next.id));
    });

  return (
    <li className={a.doneAt ? 'action-item action-done' : 'action-item'}>
      <p className="action-text" dir="auto">
        {text}
      </p>
      {showDialogue ? (
        <p className="muted">
          {t('actions.ofDialogue')} <Link to={pageHref.dialogue(a.dialogue.id)}>{dialogueTitle}</Link>
        </p>
      ) : null}
      <p className="action-meta">
        {showDialogue && a.kind === 'next' ? (
          <span className="badge">{t('dialogues:actionKind.next')}</span>
        ) : null}
        {a.doneAt ? (
          <span className="badge badge-done">{t('actions.doneOn', { date: formatDay(a.doneAt) })}</span>
        ) : a.overdue ? (
          <span className="badge badge-overdue">{t('actions.overdue')}</span>
        ) : (
          <span className="muted">{t('actions.open')}</span>
        )}
        {actionOwner(a) ? <span>{t('actions.owner', { owner: actionOwner(a) })}</span> : null}
        {a.dueOn ? <span>{t('actions.due', { date: formatCivilDate(a.dueOn, locale) })}</span> : null}
        {a.nextDialogueId ? (
          <Link to={pageHref.dialogue(a.nextDialogueId)}>{t('actions.nextDialogue')}</Link>
        ) : null}
      </p>
      {a.abilities.update || a.abilities.delete || a.abilities.nextDialogue ? (
        <div className="button-row">
          {a.abilities.update ? (
            <Button
              variant="secondary"
              className="btn-small"
              busy={busy === 'done'}
              aria-label={t(a.doneAt ? 'actions.reopenNamed' : 'actions.markDoneNamed', { text })}
              onClick={() => void toggle()}
            >
              {t(a.doneAt ? 'actions.reopen' : 'actions.markDone')}
            </Button>
          ) : null}
          {a.abilities.nextDialogue ? (
            <Button
              variant="secondary"
              className="btn-small"
              busy={busy === 'next'}
              aria-label={t('actions.makeNextNamed', { text })}
              onClick={() => void makeNext()}
            >
              {t('actions.makeNext')}
            </Button>
          ) : null}
          {a.abilities.delete ? (
            <Button
              variant="danger"
              className="btn-small"
              busy={busy === 'delete'}
              aria-label={t('actions.deleteNamed', { text })}
              onClick={remove}
            >
              {t('actions.delete')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <ApiErrorAlert error={error} />
    </li>
  );
}
