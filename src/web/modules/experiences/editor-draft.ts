import { useCallback } from 'react';
import type { Experience, ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { api } from '../../api/client.js';
import type { DraftSource } from '../../components/editor/autosave-draft.js';
import { useAutosaveDraft } from '../../components/editor/use-autosave-draft.js';
import { cleanDocument, localProblems, normaliseDocument, sameDocument } from './editor-model.js';

const PREFIX = 'kxhub.draft.experience.';

/** The value under edit, wrapped so the kept copy stays `{ doc, … }` as it always was. */
export interface Editing {
  doc: ExperienceDocument;
}

/** The working copy the server holds: its draft, else (never edited since) the published version. */
export function serverCopy(experience: Experience): { content: unknown; updatedAt: string | null } {
  if (experience.draft) return { content: experience.draft.content, updatedAt: experience.draft.updatedAt };
  return { content: experience.published?.content ?? {}, updatedAt: null };
}

/** How the experience editor's autosave reads, keeps and sends the working copy (PUT …/draft). */
export function experienceDraftSource(
  id: string,
  locale: string,
  onSaved: (experience: Experience) => void,
): DraftSource<Editing, Experience> {
  return {
    storageKey: PREFIX + id,
    // The editor's page may close within the pause (after "Submit", say): what was typed still goes.
    sendOnLeave: true,
    open: (experience) => ({ doc: normaliseDocument(serverCopy(experience).content, locale) }),
    version: (experience) => ({ updatedAt: serverCopy(experience).updatedAt }),
    restore: (kept) => (kept.doc ? { doc: normaliseDocument(kept.doc, locale) } : null),
    same: (mine, theirs) => sameDocument(mine.doc, theirs.doc),
    blocked: ({ doc }) => Object.keys(localProblems(doc)).length > 0,
    fetch: () => api.get<Experience>(`/experiences/${id}?locale=${locale}`),
    put: async ({ doc }, baseUpdatedAt) => {
      const answer = await api.put<Experience>(`/experiences/${id}/draft`, {
        content: cleanDocument(doc),
        ...(baseUpdatedAt ? { baseUpdatedAt } : {}),
      });
      if (answer) onSaved(answer);
      return answer?.draft?.updatedAt ?? null;
    },
  };
}

/**
 * The working copy under edit, with autosave (see useAutosaveDraft). `onSaved` hears every answer
 * of the server that replaces the page's facts: a save, or the copy loaded after a conflict.
 */
export function useExperienceDraft(
  experience: Experience,
  locale: string,
  onSaved: (experience: Experience) => void,
) {
  const draft = useAutosaveDraft(experienceDraftSource(experience.id, locale, onSaved), experience);
  const { update: updateValue, loadTheirs: load } = draft;
  const update = useCallback(
    (change: (current: ExperienceDocument) => ExperienceDocument) =>
      updateValue((current) => ({ doc: change(current.doc) })),
    [updateValue],
  );
  const loadTheirs = async () => {
    const theirs = await load();
    if (theirs) onSaved(theirs);
  };
  return { ...draft, doc: draft.value.doc, update, loadTheirs };
}
