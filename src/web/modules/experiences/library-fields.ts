import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { enumValueKey, fieldLabelKey, sectionKey } from '../../../shared/experience-fields.js';

/**
 * The sections of the experience page, in the template's order. The narrative fields get a
 * heading each (their field label); the rest use the template's section headings. Attachments
 * are not a field of the document, so the page words that heading itself.
 */
export const VIEW_SECTIONS = [
  'summary',
  'challenge',
  'approach',
  'participants',
  'results',
  'didNotWork',
  'lessons',
  'costs',
  'classification',
  'contact',
  'links',
  'attachments',
  'languages',
] as const;
export type ViewSection = (typeof VIEW_SECTIONS)[number];
export type LabelledSection = Exclude<ViewSection, 'attachments'>;

const FIELD_HEADINGS = new Set<LabelledSection>(['summary', 'challenge', 'results', 'didNotWork', 'lessons']);

export interface FieldLabels {
  section: (section: LabelledSection) => string;
  /** A field of the document by its path in the contract (`instruments`, `costs.paidBy`…). */
  field: (path: string) => string;
  role: (role: string) => string;
  status: (status: string) => string;
  translation: (status: string) => string;
}

/** Labels of the story's sections, fields and closed lists, from the shared `experience-fields` catalogue. */
export function useFieldLabels(): FieldLabels {
  const { t } = useTranslation('experience-fields');
  return useMemo(
    () => ({
      section: (section) =>
        FIELD_HEADINGS.has(section)
          ? t(fieldLabelKey(section))
          : t(sectionKey(section as Parameters<typeof sectionKey>[0])),
      field: (path) => t(fieldLabelKey(path)),
      role: (role) => t(enumValueKey('participantRoles', role)),
      status: (status) => t(enumValueKey('statuses', status)),
      translation: (status) => t(enumValueKey('translationStatuses', status)),
    }),
    [t],
  );
}
