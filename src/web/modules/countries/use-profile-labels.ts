import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checklistKey,
  type EnumName,
  enumValueKey,
  type FieldSection,
  fieldLabelKey,
  yesNoKey,
} from '../../../shared/country-profile-fields.js';
import type { PublishProblem } from '../../../shared/country-profile-rules.js';

export interface ProfileLabels {
  /** A field's label: `legalBasis.year` → "Year of the legal basis". */
  field: (path: string) => string;
  section: (section: FieldSection) => string;
  enumValue: (enumName: EnumName, value: string) => string;
  yesNo: (value: boolean | null) => string;
  /** The checklist line of something missing before publication. */
  problem: (problem: PublishProblem) => string;
  incomeGroup: (group: string) => string;
  /** Translates a full `country-fields:…` key (for the shared plain-text formatter). */
  t: (key: string) => string;
}

/** Labels of the profile's fields, sections and values, from the `country-fields` catalogue. */
export function useProfileLabels(): ProfileLabels {
  const { t } = useTranslation('country-fields');
  return useMemo(
    () => ({
      field: (path) => t(fieldLabelKey(path)),
      section: (section) => t(`country-fields:sections.${section}`),
      enumValue: (enumName, value) => t(enumValueKey(enumName, value)),
      yesNo: (value) => t(yesNoKey(value)),
      problem: (problem) => t(checklistKey(problem)),
      incomeGroup: (group) => t(`country-fields:incomeGroups.${group}`),
      t: (key) => t(key),
    }),
    [t],
  );
}
