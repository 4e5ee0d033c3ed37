import { useTranslation } from 'react-i18next';
import {
  ASSESSMENT_LIMITS,
  RATING_LEVELS,
  type RubricDimension,
} from '../../../shared/contracts/assessments.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { TextArea } from '../../components/ui/index.js';
import type { RatingDraft } from './form-model.js';

interface Props {
  dimension: RubricDimension;
  value: RatingDraft;
  languages: string[];
  onChange: (patch: Partial<RatingDraft>) => void;
  fieldError: (field: string) => string | undefined;
  /** Marked when a submit found it unrated. */
  missing: boolean;
}

/**
 * One dimension of the form: its definition, the five rubric levels as a radio group (each
 * level's text is the radio's description, so the rubric is read while choosing), the evidence
 * in each language of the round, and links.
 */
export function DimensionSection({ dimension, value, languages, onChange, fieldError, missing }: Props) {
  const { t } = useTranslation('assessments');
  const code = dimension.code;
  const ratingError = fieldError(`ratings.${code}.rating`) ?? fieldError(`ratings.${code}`);
  const linksError = fieldError(`ratings.${code}.links`);
  const invalid = Boolean(ratingError) || missing;
  const headingId = `dim-${code}-heading`;

  return (
    <section id={`dim-${code}`} className="ax-dimension" aria-labelledby={headingId}>
      <h2 id={headingId} className="h3">
        {dimension.label}
      </h2>
      <p className="field-hint">{dimension.definition}</p>
      <fieldset
        className={invalid ? 'ax-invalid' : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `dim-${code}-error` : undefined}
      >
        <legend>{t('form.ratingLegend', { dimension: dimension.label })}</legend>
        <ul className="ax-levels">
          {RATING_LEVELS.map((level) => {
            const text = dimension.levels[level]?.description;
            const textId = `dim-${code}-level-${level}`;
            return (
              <li key={level}>
                <label className="ax-level">
                  <input
                    type="radio"
                    name={`rating-${code}`}
                    value={level}
                    checked={value.rating === level}
                    aria-describedby={textId}
                    onChange={() => onChange({ rating: level })}
                  />
                  <span className="ax-level-head">
                    {level} — {t(`levelName.${level}`)}
                  </span>
                  <span id={textId} className="ax-level-text">
                    {text || t('form.rubricMissing')}
                  </span>
                </label>
              </li>
            );
          })}
          <li>
            <label className="ax-level">
              <input
                type="radio"
                name={`rating-${code}`}
                value=""
                checked={value.rating === null}
                onChange={() => onChange({ rating: null })}
              />
              <span className="ax-level-head">{t('form.clearRating')}</span>
            </label>
          </li>
        </ul>
        <p id={`dim-${code}-error`} className="field-error" aria-live="polite">
          {ratingError ?? (missing ? t('notRated') : null)}
        </p>
      </fieldset>
      <LocaleMapFields
        field={`ratings.${code}.evidence`}
        legend={t('form.evidence')}
        hint={t('form.evidenceHint')}
        languages={languages}
        values={value.evidence}
        onChange={(evidence) => onChange({ evidence })}
        fieldError={fieldError}
        maxLength={ASSESSMENT_LIMITS.evidenceMax}
        multiline
      />
      <TextArea
        name={`ratings.${code}.links`}
        label={t('form.links')}
        hint={t('form.linksHint')}
        rows={2}
        dir="ltr"
        value={value.links}
        error={linksError}
        onChange={(event) => onChange({ links: event.target.value })}
      />
    </section>
  );
}
