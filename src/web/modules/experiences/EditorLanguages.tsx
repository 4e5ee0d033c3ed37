import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { isLocale, LOCALES } from '../../../shared/locales.js';
import { Button } from '../../components/ui/index.js';
import type { FieldLabels } from './editor-labels.js';
import { type Language, OTHER_LANGUAGE_STATUSES, type TranslationStatus } from './editor-model.js';

interface Props {
  doc: ExperienceDocument;
  labels: FieldLabels;
  error: string | undefined;
  onChange: (languages: Language[]) => void;
}

/** Whether any text of the document is written in a language (removing it would drop them). */
function holdsText(doc: ExperienceDocument, locale: string): boolean {
  const maps = [
    doc.title,
    doc.summary,
    doc.challenge,
    doc.approach,
    doc.results,
    doc.didNotWork,
    doc.lessons,
    doc.costs.paidBy,
    doc.costs.note,
    ...doc.participants.map((p) => p.name),
  ];
  return maps.some((m) => !!(m as Record<string, string | undefined>)[locale]?.trim());
}

/**
 * The languages of the story: the one it was written in, and others each marked as an unreviewed
 * machine translation or a reviewed one. Every text field then has an input per language.
 */
export function EditorLanguages({ doc, labels, error, onChange }: Props) {
  const { t } = useTranslation('experience-editor');
  const errorId = useId();
  const [adding, setAdding] = useState('');
  const [addStatus, setAddStatus] = useState<TranslationStatus>('reviewed');
  const languages = doc.languages;
  const original = languages[0];
  const listed = languages.map((l) => l.locale);
  const addable = LOCALES.filter((l) => !listed.includes(l));

  const setOriginal = (locale: string) => {
    if (!isLocale(locale) || locale === original?.locale) return;
    // The former original stays as a reviewed language: its texts are the author's own.
    const others = languages.filter((l) => l.locale !== locale);
    onChange([
      { locale, status: 'original' },
      ...others.map((l) => (l.status === 'original' ? { ...l, status: 'reviewed' as const } : l)),
    ]);
  };
  const setStatus = (locale: string, status: TranslationStatus) =>
    onChange(languages.map((l) => (l.locale === locale ? { ...l, status } : l)));
  const remove = (locale: string) => {
    const name = labels.language(locale);
    if (holdsText(doc, locale) && !window.confirm(t('languages.confirmRemove', { language: name }))) return;
    onChange(languages.filter((l) => l.locale !== locale));
  };

  return (
    <div id="field-languages" tabIndex={-1} className={error ? 'field field-invalid' : 'field'}>
      <div className="field">
        <label htmlFor={`${errorId}-original`}>{t('languages.original')}</label>
        <p className="field-hint" id={`${errorId}-original-hint`}>
          {t('languages.originalHint')}
        </p>
        <select
          id={`${errorId}-original`}
          value={original?.locale ?? ''}
          aria-describedby={`${errorId}-original-hint`}
          onChange={(e) => setOriginal(e.target.value)}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {labels.language(l)}
            </option>
          ))}
        </select>
      </div>
      {languages.length > 1 ? (
        <ul className="plain-list language-rows">
          {languages.slice(1).map((language) => {
            const name = labels.language(language.locale);
            const selectId = `${errorId}-${language.locale}`;
            return (
              <li key={language.locale} className="inline-form">
                <span lang={language.locale} className="language-name">
                  {name}
                </span>
                <label htmlFor={selectId} className="visually-hidden">
                  {t('languages.statusOf', { language: name })}
                </label>
                <select
                  id={selectId}
                  value={language.status}
                  onChange={(e) => setStatus(language.locale, e.target.value as TranslationStatus)}
                >
                  {OTHER_LANGUAGE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {labels.translation(s)}
                    </option>
                  ))}
                </select>
                <Button
                  variant="quiet"
                  className="btn-small"
                  aria-label={t('languages.removeNamed', { language: name })}
                  onClick={() => remove(language.locale)}
                >
                  {t('languages.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t('languages.none')}</p>
      )}
      {addable.length > 0 ? (
        <fieldset className="inline-form">
          <legend className="visually-hidden">{t('languages.addLegend')}</legend>
          <label htmlFor={`${errorId}-add`} className="visually-hidden">
            {t('languages.addLabel')}
          </label>
          <select id={`${errorId}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{t('languages.choose')}</option>
            {addable.map((l) => (
              <option key={l} value={l} lang={l}>
                {labels.language(l)}
              </option>
            ))}
          </select>
          <label htmlFor={`${errorId}-add-status`} className="visually-hidden">
            {t('languages.addStatus')}
          </label>
          <select
            id={`${errorId}-add-status`}
            value={addStatus}
            onChange={(e) => setAddStatus(e.target.value as TranslationStatus)}
          >
            {OTHER_LANGUAGE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {labels.translation(s)}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            onClick={() => {
              if (!isLocale(adding)) return;
              onChange([...languages, { locale: adding, status: addStatus }]);
              setAdding('');
            }}
          >
            {t('languages.add')}
          </Button>
        </fieldset>
      ) : null}
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
