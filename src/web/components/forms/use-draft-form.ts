import { useSubmit } from '../../api/use-submit.js';
import { draftBindings } from './draft-bindings.js';
import { useDraft } from './use-draft.js';

/**
 * The state of a create/edit form kept as a local draft until saved: the draft (useDraft), its
 * submission (useSubmit), which forgets the draft once `save` succeeds, and the bindings of its
 * controls (draftBindings). The form itself is drawn with DraftForm.
 */
export function useDraftForm<T extends { languages: string[] }>(
  draftKey: string,
  initial: T,
  save: (draft: T) => Promise<void>,
) {
  const draft = useDraft(draftKey, initial);
  const form = useSubmit(async () => {
    await save(draft.value);
    draft.clear();
  });
  return { draft, form, bind: draftBindings(draft, form) };
}
