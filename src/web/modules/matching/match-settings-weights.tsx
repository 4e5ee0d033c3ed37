import { useTranslation } from 'react-i18next';
import { MATCH_FACTORS, type MatchFactor } from '../../../shared/matching/weights.js';
import { useLocale } from '../../app/i18n.js';
import { NumberField } from '../../components/editor/NumberField.js';
import { allZero, type WeightValues, weightShares } from './match-settings-model.js';

export interface WeightFieldsProps {
  weights: WeightValues;
  fieldError: (field: string) => string | undefined;
  onChange: (factor: MatchFactor, value: number | null) => void;
}

/**
 * One number field per factor, each with its resulting share of a score as its hint (read with
 * the field, updated as one types) and a bar that repeats the share for the eye only.
 */
export function WeightFields({ weights, fieldError, onChange }: WeightFieldsProps) {
  const { t } = useTranslation('matching');
  const locale = useLocale();
  const shares = weightShares(weights);
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const setProblem = fieldError('weights') ?? (allZero(weights) ? t('settings.allZero') : '');

  return (
    <fieldset className="section">
      <legend className="h3">{t('settings.weights')}</legend>
      <p className="field-hint">{t('settings.weightsHint')}</p>
      <div className="match-weights">
        {MATCH_FACTORS.map((f) => (
          <div key={f} className="match-weight">
            <NumberField
              label={t(`factor.${f}`)}
              name={`weights.${f}`}
              hint={t('share', { percent: percent.format(shares[f] * 100) })}
              value={weights[f]}
              error={fieldError(`weights.${f}`)}
              min={0}
              max={100}
              step="any"
              onChange={(value) => onChange(f, value)}
            />
            <span className="match-settings-bar" aria-hidden="true">
              <span style={{ inlineSize: `${shares[f] * 100}%` }} />
            </span>
          </div>
        ))}
      </div>
      <p className="field-error" aria-live="polite">
        {setProblem}
      </p>
    </fieldset>
  );
}
