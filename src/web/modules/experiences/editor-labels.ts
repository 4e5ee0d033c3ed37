import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  enumValueKey,
  fieldLabelKey,
  type META_NAMES,
  sectionKey,
} from '../../../shared/experience-fields.js';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import type { ExperienceStatus, ParticipantRole, Section, TranslationStatus } from './editor-model.js';
import { describePath } from './editor-model.js';

/**
 * The words the editor, the review pages and "my experiences" share with the rest of the library:
 * field names, section headings, help for the narrative fields and the closed lists' values come
 * from the `experience-fields` catalogue (key scheme in src/shared/experience-fields.ts), so every
 * page names them alike.
 */
export function useFieldLabels() {
  const { t } = useTranslation(['experience-fields', 'experience-editor']);
  const locale = useLocale();
  return useMemo(() => {
    const field = (path: string) => t(fieldLabelKey(path));
    const language = (code: string) => languageName(code, locale);
    return {
      field,
      /** Help for a narrative field (`hints.<path>`), or undefined when there is none. */
      hint: (path: string): string | undefined => {
        const key = `experience-fields:hints.${path.replaceAll('.', '_')}`;
        return t(key, { defaultValue: '' }) || undefined;
      },
      section: (name: Section) =>
        name === 'attachments' ? t('experience-editor:attachments.heading') : t(sectionKey(name)),
      role: (role: ParticipantRole) => t(enumValueKey('participantRoles', role)),
      translation: (status: TranslationStatus) => t(enumValueKey('translationStatuses', status)),
      status: (status: ExperienceStatus) => t(enumValueKey('statuses', status)),
      decision: (decision: 'approved' | 'changes_requested') => t(enumValueKey('reviewDecisions', decision)),
      /** What an experience carries beside its document (`meta.<name>`): organisation, status… */
      meta: (name: (typeof META_NAMES)[number]) => t(`experience-fields:meta.${name}`),
      language,
      /** A field the server names, as a reader recognises it: "Summary (Español)", "Role, participant 3". */
      path: (path: string) => {
        const parts = describePath(path);
        let text = field(parts.label);
        if (parts.index !== undefined)
          text = t('experience-editor:problems.inRow', { field: text, number: parts.index + 1 });
        if (parts.locale) text = `${text} (${language(parts.locale)})`;
        return text;
      },
    };
  }, [t, locale]);
}

export type FieldLabels = ReturnType<typeof useFieldLabels>;
