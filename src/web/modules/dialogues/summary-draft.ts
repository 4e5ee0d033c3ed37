import type { DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import { ApiError, api } from '../../api/client.js';
import type { DraftSource } from '../../components/editor/autosave-draft.js';
import { useAutosaveDraft } from '../../components/editor/use-autosave-draft.js';
import { summaryPath } from './record-paths.js';
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
  /** Hears every refusal with the draft that was sent, so its errors can be placed at the rows sent. */
  onRefused: (error: ApiError, sent: SummaryDraft) => void;
  /** Hears every summary the server accepted. */
  onSaved: (summary: DialogueSummaryResult) => void;
}

/**
 * How the summary editor's autosave reads, keeps and sends the summary: the whole of it at once
 * (PUT …/summary, not published). The summary carries no time stamp, so there is no conflict to
 * detect: the last save wins, as with the agenda.
 */
export function summaryDraftSource(o: SummaryDraftOptions): DraftSource<SummaryDraft, DialogueSummaryResult> {
  const fallback = [o.defaultLocale, o.locale].filter((l, i, all) => all.indexOf(l) === i);
  return {
    storageKey: PREFIX + o.dialogueId,
    sendOnLeave: true,
    open: (summary) => openSummary(summary, o.defaultLocale, o.locale),
    version: () => ({ updatedAt: null }),
    restore: (kept) => restoreSummary(kept, fallback),
    same: sameSummary,
    blocked: (value) => Object.keys(summaryProblems(value)).length > 0,
    fetch: () => api.get<DialogueSummaryResult>(summaryPath(o.dialogueId, o.locale)),
    put: async (value) => {
      try {
        o.onSaved(
          await api.put<DialogueSummaryResult>(summaryPath(o.dialogueId, o.locale), summaryBody(value)),
        );
        return null;
      } catch (reason) {
        if (reason instanceof ApiError) o.onRefused(reason, value);
        throw reason;
      }
    },
  };
}

/** The summary under edit with autosave (see useAutosaveDraft). */
export function useSummaryDraft(o: SummaryDraftOptions, server: DialogueSummaryResult) {
  return useAutosaveDraft(summaryDraftSource(o), server);
}
