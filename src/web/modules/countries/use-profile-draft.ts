import type { CountryPage, ProfileDocument } from '../../../shared/contracts/country-profiles.js';
import { diffProfiles } from '../../../shared/country-profile-diff.js';
import { api } from '../../api/client.js';
import type { DraftSource } from '../../components/editor/autosave-draft.js';
import { useAutosaveDraft } from '../../components/editor/use-autosave-draft.js';
import { cleanDocument, documentLanguages, localProblems, normaliseDocument } from './editor-model.js';

const PREFIX = 'kxhub.draft.country-profile.';

export interface Editing {
  doc: ProfileDocument;
  /** The languages the texts are written in; the first is the profile's own. */
  languages: string[];
}

type ServerDraft = NonNullable<CountryPage['draft']>;

/** The draft's time stamp in a save's answer, whichever shape the server gives it. */
export function updatedAtOf(answer: unknown): string | null {
  const a = answer as { updatedAt?: unknown; draft?: { updatedAt?: unknown } } | null;
  const value = a?.draft?.updatedAt ?? a?.updatedAt;
  return typeof value === 'string' ? value : null;
}

/** How the profile editor's autosave reads, keeps and sends a country's draft. */
export function profileDraftSource(code: string, locale: string): DraftSource<Editing, ServerDraft> {
  const fetchDraft = async () => (await api.get<CountryPage>(`/countries/${code}?locale=${locale}`)).draft;
  return {
    storageKey: PREFIX + code,
    open: (draft) => {
      const doc = normaliseDocument(draft.content, locale);
      return { doc, languages: documentLanguages(doc, locale) };
    },
    version: (draft) => ({ updatedAt: draft.updatedAt, updatedBy: draft.updatedBy }),
    restore: (kept) => {
      const doc = normaliseDocument(kept.doc, locale);
      const languages = Array.isArray(kept.languages)
        ? kept.languages.filter((l) => typeof l === 'string')
        : [];
      return { doc, languages: languages.length ? languages : documentLanguages(doc, locale) };
    },
    same: (mine, theirs) => diffProfiles(theirs.doc, cleanDocument(mine.doc, mine.languages)).length === 0,
    blocked: ({ doc }) => Object.keys(localProblems(doc)).length > 0,
    fetch: fetchDraft,
    put: async ({ doc, languages }, baseUpdatedAt) => {
      const answer = await api.put(`/countries/${code}/profile/draft`, {
        draft: cleanDocument(doc, languages),
        baseUpdatedAt,
      });
      return updatedAtOf(answer) ?? (await fetchDraft())?.updatedAt ?? null;
    },
  };
}

/** The profile editor's state: the country's draft with autosave (see useAutosaveDraft). */
export function useProfileDraft(code: string, server: ServerDraft, locale: string) {
  return useAutosaveDraft(profileDraftSource(code, locale), server);
}
