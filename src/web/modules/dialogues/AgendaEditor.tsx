import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountries } from '../../api/reference.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Alert, Button, Loading } from '../../components/ui/index.js';
import { AgendaRow } from './AgendaRow.js';
import { AgendaTotals } from './AgendaTotals.js';
import { emptySegment, localStarts, type SegmentDraft } from './agenda-model.js';
import { PlannerStep } from './PlannerStep.js';
import { errorUnder, textLanguages } from './planner-model.js';
import { RevisionConflict } from './RevisionConflict.js';
import { moveRow } from './summary-rows.js';
import type { AgendaResult, Dialogue } from './types.js';
import { useAgendaDraft } from './use-agenda-draft.js';
import { usePointerReorder } from './use-pointer-reorder.js';

/**
 * Step 4: the agenda, loaded, then edited as a whole list kept as a local draft until saved
 * (a save after someone else's is refused and offered as a choice: see useAgendaDraft).
 */
export function AgendaEditor({ dialogue: d }: { dialogue: Dialogue }) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const agenda = useApi<AgendaResult>(`/dialogues/${d.id}/agenda?locale=${locale}`);
  return (
    <PlannerStep id="agenda" title={t('planner.step.agenda')}>
      <p className="field-hint">{t('agenda.intro')}</p>
      {agenda.data ? (
        <AgendaRows dialogue={d} agenda={agenda.data} />
      ) : agenda.loading ? (
        <Loading />
      ) : (
        <ApiErrorAlert error={agenda.error} />
      )}
    </PlannerStep>
  );
}

function AgendaRows({ dialogue: d, agenda }: { dialogue: Dialogue; agenda: AgendaResult }) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const countries = useCountries(locale);
  const languages = textLanguages(d);
  const [saved, setSaved] = useState(agenda);
  const [announcement, setAnnouncement] = useState('');
  const { rows, setRows, restored, discard, save, conflict, loadTheirs, keepMine, form } = useAgendaDraft(
    d.id,
    agenda,
    languages,
    locale,
    (result, how) => {
      setSaved(result);
      setAnnouncement(how === 'saved' ? t('agenda.saved') : t('conflict.agendaLoaded'));
    },
  );
  const [focusAfterMove, setFocusAfterMove] = useState<{ key: string; move: 'up' | 'down' } | null>(null);
  const [focusAdded, setFocusAdded] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const nameOf = (r: SegmentDraft, i: number) =>
    t('agenda.segmentName', { n: i + 1, kind: t(`segmentKind.${r.kind}`) });
  const move = (from: number, to: number) => {
    const row = rows[from];
    if (!row || to < 0 || to >= rows.length || to === from) return;
    setRows(moveRow(rows, from, to));
    setAnnouncement(t('agenda.moved', { name: nameOf(row, from), position: to + 1, count: rows.length }));
  };
  const { drag, handle } = usePointerReorder(move);

  // Moving a row with its buttons keeps focus on the button pressed (or its twin at either end).
  useEffect(() => {
    if (!focusAfterMove) return;
    const row = list.current?.querySelector(`[data-row="${focusAfterMove.key}"]`);
    const buttons = [`[data-move="${focusAfterMove.move}"]`, '[data-move]'].map((s) =>
      row?.querySelector<HTMLButtonElement>(`${s}:not([disabled])`),
    );
    (buttons[0] ?? buttons[1])?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  // A segment just added: focus goes to its kind, the first of its fields.
  useEffect(() => {
    if (focusAdded === null) return;
    list.current?.querySelector<HTMLSelectElement>(`[name="segments.${focusAdded}.kind"]`)?.focus();
    setFocusAdded(null);
  }, [focusAdded]);

  const starts = localStarts(rows, d, locale);

  return (
    <form ref={form} onSubmit={save.onSubmit} noValidate>
      {conflict ? (
        <RevisionConflict part="agenda" onLoadTheirs={loadTheirs} onKeepMine={keepMine} />
      ) : restored ? (
        <Alert tone="info">
          <p>{t('agenda.restored')}</p>
          <Button variant="quiet" onClick={discard}>
            {t('form.discard')}
          </Button>
        </Alert>
      ) : null}
      <ApiErrorAlert error={save.error} fields={['segments']} />
      {rows.length === 0 ? <p className="muted">{t('agenda.empty')}</p> : null}
      <ol className="agenda-list" ref={list}>
        {rows.map((row, i) => (
          <AgendaRow
            key={row.key}
            row={row}
            index={i}
            count={rows.length}
            name={nameOf(row, i)}
            dialogue={d}
            languages={languages}
            countries={countries}
            starts={starts[i] ?? []}
            errorAt={(path) => errorUnder(save.error?.fields, path)}
            onChange={(patch) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))}
            onMove={(by) => {
              move(i, i + by);
              setFocusAfterMove({ key: row.key, move: by < 0 ? 'up' : 'down' });
            }}
            onRemove={() => {
              const empty = !Object.values(row.title).some((v) => v.trim()) && !row.speaker.trim();
              if (!empty && !window.confirm(t('rows.confirmRemove', { name: nameOf(row, i) }))) return;
              setRows(rows.filter((_, j) => j !== i));
              setAnnouncement(t('agenda.removed', { name: nameOf(row, i) }));
            }}
            handle={handle(i)}
            dropTarget={drag !== null && drag.over === i && drag.from !== i}
            dragged={drag?.from === i}
          />
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <AgendaTotals rows={rows} dialogue={d} problems={saved.problems} />
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => {
            setRows([...rows, emptySegment(rows.length === 0 ? 'welcome' : 'presentation')]);
            setFocusAdded(rows.length);
            setAnnouncement(t('agenda.added', { n: rows.length + 1 }));
          }}
        >
          {t('agenda.add')}
        </Button>
        <Button type="submit" busy={save.pending}>
          {t('agenda.save')}
        </Button>
      </div>
    </form>
  );
}
