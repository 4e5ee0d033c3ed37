import type { DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import { ApiError, api } from '../../api/client.js';
import type { DraftSource } from '../../components/editor/autosave-draft.js';
import { useAutosaveDraft } from '../../components/editor/use-autosave-draft.js';
import { summaryPath } from './record-paths.js';
import { baseRevisionOf, isStaleSave, revisionToken } from './stale-save.js';
import {
  openSummary,
  restoreSummary,
  type SummaryDraft,
  sameSummary,
  summaryBody,
  summaryProblems,
} from './summary-model.js';

const PREFIX = 'kxhub.draft.dialogue-summary.';

export interface SummaryDraftOptions {
  dialogueId: string;
  defaultLocale: string;
  locale: string;
  /**
   * Hears every refusal with the draft that was sent, so its errors can be placed at the rows sent
   * (not a save someone else's made stale: the autosave's conflict state tells of that one).
   */
  onRefused: (error: ApiError, sent: SummaryDraft) => void;
  /** Hears every summary the server accepted. */
  onSaved: (summary: DialogueSummaryResult) => void;
}

/**
 * How the summary editor's autosave reads, keeps and sends the summary: the whole of it at once
 * (PUT …/summary, not published), with the revision it started from. The summary has no save time
 * of its own: its revision stands where the autosave keeps a time stamp, so a save after someone
 * else's is refused and becomes the autosave's conflict (no retry until the user chooses).
 */
export function summaryDraftSource(o: SummaryDraftOptions): DraftSource<SummaryDraft, DialogueSummaryResult> {
  const fallback = [o.defaultLocale, o.locale].filter((l, i, all) => all.indexOf(l) === i);
  return {
    storageKey: PREFIX + o.dialogueId,
    sendOnLeave: true,
    open: (summary) => openSummary(summary, o.defaultLocale, o.locale),
    version: (summary) => ({ updatedAt: revisionToken(summary.revision) }),
    restore: (kept) => restoreSummary(kept, fallback),
    same: sameSummary,
    blocked: (value) => Object.keys(summaryProblems(value)).length > 0,
    fetch: () => api.get<DialogueSummaryResult>(summaryPath(o.dialogueId, o.locale)),
    put: async (value, base) => {
      try {
        const saved = await api.put<DialogueSummaryResult>(summaryPath(o.dialogueId, o.locale), {
          ...summaryBody(value),
          ...baseRevisionOf(base),
        });
        o.onSaved(saved);
        return revisionToken(saved.revision);
      } catch (reason) {
        if (reason instanceof ApiError && !isStaleSave(reason)) o.onRefused(reason, value);
        throw reason;
      }
    },
  };
}

/** The summary under edit with autosave (see useAutosaveDraft). */
export function useSummaryDraft(o: SummaryDraftOptions, server: DialogueSummaryResult) {
  return useAutosaveDraft(summaryDraftSource(o), server);
}
