import { useTranslation } from 'react-i18next';
import { TextArea } from '../../components/ui/index.js';
import type { FieldLabels } from './editor-labels.js';
import { SUMMARY_MAX_CHARS, SUMMARY_MAX_WORDS, type Texts, wordCount } from './editor-model.js';

interface Props {
  languages: string[];
  values: Texts;
  labels: FieldLabels;
  fieldError: (path: string) => string | undefined;
  onChange: (values: Texts) => void;
}

/**
 * The summary, one text per language, each with a live word count against the limit: the count
 * is part of the input's description, and going over it is an error beside the input at once.
 */
export function EditorSummary({ languages, values, labels, fieldError, onChange }: Props) {
  const { t } = useTranslation('experience-editor');
  const several = languages.length > 1;
  const groupError = fieldError('summary');

  const control = (lang: string, index: number) => {
    const text = (values as Record<string, string | undefined>)[lang] ?? '';
    const words = wordCount(text);
    const over = words > SUMMARY_MAX_WORDS;
    const count = t('summary.count', { count: words, max: SUMMARY_MAX_WORDS });
    const label = several
      ? t('summary.inLanguage', { language: labels.language(lang) })
      : labels.field('summary');
    return (
      <div key={lang}>
        <TextArea
          name={`summary.${lang}`}
          lang={lang}
          dir="auto"
          rows={6}
          label={label}
          hint={several ? count : `${t('summary.hint', { max: SUMMARY_MAX_WORDS })} ${count}`}
          maxLength={SUMMARY_MAX_CHARS}
          value={text}
          error={
            (over ? t('summary.tooLong', { count: words, max: SUMMARY_MAX_WORDS }) : undefined) ??
            fieldError(`summary.${lang}`) ??
            (index === 0 ? groupError : undefined)
          }
          onChange={(e) => onChange({ ...values, [lang]: e.target.value })}
        />
      </div>
    );
  };

  if (!several) return <>{languages.map(control)}</>;
  return (
    <fieldset>
      <legend>{labels.field('summary')}</legend>
      <p className="field-hint">{t('summary.hint', { max: SUMMARY_MAX_WORDS })}</p>
      {languages.map(control)}
    </fieldset>
  );
}
