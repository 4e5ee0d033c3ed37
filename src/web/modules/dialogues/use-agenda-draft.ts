import { useRef, useState } from 'react';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { useDraft } from '../../components/forms/use-draft.js';
import { agendaBodyOf, openAgenda, restoredIsStale, type SegmentDraft } from './agenda-model.js';
import { isStaleSave } from './stale-save.js';
import type { AgendaResult } from './types.js';

/**
 * The agenda under edit: its rows kept on this device at every change, with the revision of the
 * saved agenda they started from, and saved as a whole on "Save agenda". When someone else saved
 * in between, the server refuses and nothing is lost: `conflict` is set, the rows stay here, and
 * the user loads the other version or saves these rows over it. A draft restored from an earlier
 * visit that started from an older agenda (and differs from it) is that conflict from the start.
 * `onSaved` hears the agenda now saved: after a save, or the other version once loaded.
 */
export function useAgendaDraft(
  dialogueId: string,
  first: AgendaResult,
  languages: string[],
  locale: string,
  onSaved: (agenda: AgendaResult, how: 'saved' | 'loaded') => void,
) {
  const path = `/dialogues/${dialogueId}/agenda?locale=${locale}`;
  const draft = useDraft(`dialogue-agenda.${dialogueId}`, openAgenda(first));
  const [conflict, setConflict] = useState(
    () => draft.restored && restoredIsStale(draft.value, first, languages),
  );
  // The revision the rows are based on, kept with them at every change. A restored draft that is
  // not stale continues from the saved agenda (it started from it, or holds nothing else). A ref:
  // "save mine over theirs" sends before the new base has been rendered.
  const base = useRef(conflict ? draft.value.base : first.revision);
  const form = useRef<HTMLFormElement>(null);

  const setRows = (rows: SegmentDraft[]) => draft.update({ rows, base: base.current });
  /** Drops the restored draft: back to the agenda first loaded, and its revision. */
  const discard = () => {
    base.current = first.revision;
    draft.discard();
  };

  const accept = (agenda: AgendaResult) => {
    base.current = agenda.revision;
    draft.update(openAgenda(agenda));
    draft.clear();
    setConflict(false);
  };

  const save = useSubmit(async () => {
    try {
      const saved = await api.put<AgendaResult>(
        path,
        agendaBodyOf(draft.value.rows, languages, base.current),
      );
      accept(saved);
      onSaved(saved, 'saved');
    } catch (reason) {
      if (!isStaleSave(reason)) throw reason;
      setConflict(true); // the rows stay, kept on this device with the revision they started from
    }
  });

  /** Conflict: drop these rows and continue from the agenda saved on the server. */
  const loadTheirs = async () => {
    const theirs = await api.get<AgendaResult>(path);
    accept(theirs);
    onSaved(theirs, 'loaded');
  };

  /** Conflict: save these rows over the agenda saved on the server, as "Save agenda" does. */
  const keepMine = async () => {
    const theirs = await api.get<AgendaResult>(path);
    base.current = theirs.revision;
    draft.update({ base: theirs.revision });
    setConflict(false);
    form.current?.requestSubmit();
  };

  return {
    rows: draft.value.rows,
    setRows,
    restored: draft.restored,
    discard,
    save,
    conflict,
    loadTheirs,
    keepMine,
    form,
  };
}
