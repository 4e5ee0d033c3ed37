import type { Attachment, Experience, ExperienceDocument } from '../../../shared/contracts/experiences.js';
import type { ApiError } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';

/** An older published version, as GET /experiences/:id/versions/:version returns it. */
export interface OlderVersion {
  version: number;
  content: ExperienceDocument;
  publishedAt: string;
  changeNote: string;
}

export interface ShownStory {
  /** The document on screen; null while an older version loads. */
  doc: ExperienceDocument | null;
  /** Set when an older version is on screen. */
  older: OlderVersion | null;
  /** True when nothing is published yet and the working copy is shown (to those who may see it). */
  workingCopy: boolean;
  loading: boolean;
  error: ApiError | undefined;
}

/**
 * Which document the experience page shows: the requested older version, else the published
 * one, else (never published, seen by its authors and reviewers) the working copy.
 */
export function useShownStory(e: Experience | undefined, version: number | null, locale: string): ShownStory {
  const wantsOlder = !!e && version !== null && version !== e.published?.version;
  const older = useApi<OlderVersion>(
    wantsOlder && e ? `/experiences/${e.id}/versions/${version}?locale=${locale}` : null,
  );
  if (!e) return { doc: null, older: null, workingCopy: false, loading: true, error: undefined };
  if (wantsOlder) {
    const data = older.data?.version === version ? older.data : undefined;
    return {
      doc: data?.content ?? null,
      older: data ?? null,
      workingCopy: false,
      loading: older.loading,
      error: older.error,
    };
  }
  if (e.published)
    return { doc: e.published.content, older: null, workingCopy: false, loading: false, error: undefined };
  return {
    doc: e.draft?.content ?? null,
    older: null,
    workingCopy: !!e.draft,
    loading: false,
    error: undefined,
  };
}

/**
 * The files shown with the story: those readers have. Its editors and reviewers also get the
 * files added for the next version (`pending`), which the editor and the review page show.
 */
export const shownAttachments = (attachments: Attachment[]): Attachment[] =>
  attachments.filter((a) => !a.pending);
