import { useTranslation } from 'react-i18next';
import type { DialogueAction } from '../../../shared/contracts/dialogue-followup.js';
import { pickLocale } from '../../../shared/locale-map.js';
import { useLocale } from '../../app/i18n.js';
import { actionOwner, splitActions } from './actions-model.js';
import { formatCivilDate } from './record-format.js';

/** Actions (who, by when, done) and what's next, as the printed record lists them. */
export function PrintActions({ items }: { items: readonly DialogueAction[] }) {
  const { t } = useTranslation('dialogue-record');
  const locale = useLocale();
  const { actions, next } = splitActions(items);
  const line = (a: DialogueAction) =>
    [
      actionOwner(a) ? t('actions.owner', { owner: actionOwner(a) }) : '',
      a.dueOn ? t('actions.due', { date: formatCivilDate(a.dueOn, locale) }) : '',
      a.doneAt ? t('print.done') : a.overdue ? t('actions.overdue') : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const list = (id: string, heading: string, rows: DialogueAction[]) =>
    rows.length === 0 ? null : (
      <section aria-labelledby={id} className="print-section">
        <h2 id={id}>{heading}</h2>
        <ol>
          {rows.map((a) => (
            <li key={a.id}>
              <span dir="auto">{pickLocale(a.text, locale)?.text}</span>
              {line(a) ? <span className="muted"> — {line(a)}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    );
  return (
    <>
      {list('print-actions', t('actions.actionsHeading'), actions)}
      {list('print-next', t('actions.nextHeading'), next)}
    </>
  );
}
