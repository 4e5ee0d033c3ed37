import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DialogueAction } from '../../../shared/contracts/dialogue-followup.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Button, Loading } from '../../components/ui/index.js';
import { ActionsForm } from './ActionsForm.js';
import { ActionsItem } from './ActionsItem.js';
import { splitActions } from './actions-model.js';
import { useDialogueActions } from './record-hooks.js';

/**
 * "Actions and what's next" of a dialogue: the follow-up actions, then the items of what's next,
 * each ticked off where the reader may; conveners (`manage`) add new ones here.
 */
export function ActionsSection({ dialogueId, manage }: { dialogueId: string; manage: boolean }) {
  const { t } = useTranslation('dialogue-record');
  const list = useDialogueActions(dialogueId);
  const [adding, setAdding] = useState<DialogueAction['kind'] | null>(null);
  // The form that just closed: its "Add" button takes focus back.
  const [closed, setClosed] = useState<DialogueAction['kind'] | null>(null);
  const close = () => {
    setClosed(adding);
    setAdding(null);
  };
  const [notice, setNotice] = useState('');
  const items = list.data?.items ?? [];
  const { actions, next } = splitActions(items);
  const set = (all: DialogueAction[]) => list.setData({ items: all });
  const changed = (a: DialogueAction) => set(items.map((i) => (i.id === a.id ? a : i)));
  const removed = (a: DialogueAction) => {
    set(items.filter((i) => i.id !== a.id));
    setNotice(t('actions.deleted'));
  };
  const added = (a: DialogueAction) => {
    set([...items, a]);
    close();
    setNotice(t(a.kind === 'action' ? 'actions.added' : 'actions.addedNext'));
  };

  const group = (kind: DialogueAction['kind'], rows: DialogueAction[]) => (
    <section aria-labelledby={`${kind}-heading`} className="actions-group">
      <h3 id={`${kind}-heading`}>
        {t(kind === 'action' ? 'actions.actionsHeading' : 'actions.nextHeading')}
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t(kind === 'action' ? 'actions.none' : 'actions.noneNext')}</p>
      ) : null}
      <ul className="action-list">
        {rows.map((a) => (
          <ActionsItem key={a.id} action={a} onChanged={changed} onRemoved={removed} />
        ))}
      </ul>
      {manage && adding === kind ? (
        <ActionsForm dialogueId={dialogueId} kind={kind} onAdded={added} onCancel={close} />
      ) : manage ? (
        <AddButton kind={kind} focus={closed === kind} onClick={() => setAdding(kind)} />
      ) : null}
    </section>
  );

  return (
    <section aria-labelledby="actions-heading" className="section">
      <h2 id="actions-heading">{t('actions.heading')}</h2>
      <p role="status" className="muted">
        {notice}
      </p>
      {!list.data ? (
        list.loading ? (
          <Loading />
        ) : (
          <ApiErrorAlert error={list.error} />
        )
      ) : (
        <>
          {group('action', actions)}
          {group('next', next)}
        </>
      )}
      <p>
        <Link to="/dialogues/actions">{t('actions.allActions')}</Link>
      </p>
    </section>
  );
}

/** "Add action" / "Add what's next item"; focus comes back to it when its form closes. */
function AddButton({
  kind,
  focus,
  onClick,
}: {
  kind: DialogueAction['kind'];
  focus: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslation('dialogue-record');
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (focus) ref.current?.querySelector('button')?.focus();
  }, [focus]);
  return (
    <span ref={ref}>
      <Button variant="secondary" onClick={onClick}>
        {t(kind === 'action' ? 'actions.add' : 'actions.addNext')}
      </Button>
    </span>
  );
}
