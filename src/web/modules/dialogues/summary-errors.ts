import type { SummaryDraft } from './summary-model.js';

/** The API's errors about a summary, placed at the editor's controls. */
export interface PlacedErrors {
  /** Messages by keyed field (`topics.<key>.ideas.<key>.dimension`, `highlights.en`). */
  placed: Record<string, string>;
  /** The API's own field names that landed at a control (the error summary points to them). */
  shown: string[];
}

const IDEA_FIELDS = new Set(['text', 'dimension', 'sector']);

/**
 * Rewrites the API's field names, which count rows as they were sent (`topics.2.ideas.0.dimension`),
 * into the keys of those rows (`topics.<key>.ideas.<key>.dimension`): an error stays beside its
 * idea even after the rows are reordered. Fields that name no control are left for the summary.
 */
export function placeErrors(fields: Readonly<Record<string, string>>, sent: SummaryDraft): PlacedErrors {
  const placed: Record<string, string> = {};
  const shown: string[] = [];
  for (const [field, message] of Object.entries(fields)) {
    const keyed = keyedField(field, sent);
    if (keyed === null) continue;
    placed[keyed] = message;
    shown.push(field);
  }
  return { placed, shown };
}

/** The keyed name of an API field, or null when no control shows it. */
export function keyedField(field: string, sent: SummaryDraft): string | null {
  const parts = field.split('.');
  if (parts[0] === 'highlights') return field;
  if (parts[0] !== 'topics') return null;
  const topic = sent.topics[Number(parts[1])];
  if (!topic || !/^\d+$/.test(parts[1] ?? '')) return null;
  if (parts[2] === 'title') return ['topics', topic.key, ...parts.slice(2)].join('.');
  if (parts[2] !== 'ideas') return null;
  const idea = topic.ideas[Number(parts[3])];
  if (!idea || !/^\d+$/.test(parts[3] ?? '') || !IDEA_FIELDS.has(parts[4] ?? '')) return null;
  return ['topics', topic.key, 'ideas', idea.key, ...parts.slice(4)].join('.');
}
