import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSESSMENT_LIMITS,
  type AssessmentRubric,
  type RubricDimension,
} from '../../../shared/contracts/assessments.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Alert, Button, Loading, Page } from '../../components/ui/index.js';
import './assessments.css';

type Level = RubricDimension['levels'][number];

function LevelEditor({
  dimension,
  level,
  onSaved,
  onCancel,
}: {
  dimension: RubricDimension;
  level: Level;
  onSaved: (rubric: AssessmentRubric) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('assessments');
  const locale = useLocale();
  const held = Object.keys(level.descriptions);
  const [languages, setLanguages] = useState(() => [...new Set(['en', locale, ...held])]);
  const [values, setValues] = useState<Record<string, string>>(level.descriptions);
  const form = useSubmit(async () => {
    const description = Object.fromEntries(
      Object.entries(values).filter(([lang]) => languages.includes(lang)),
    );
    onSaved(
      await api.put<AssessmentRubric>(
        `/assessments/rubric/${dimension.code}/${level.level}?locale=${locale}`,
        { description },
      ),
    );
  });
  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      aria-label={t('rubric.editLevel', { level: level.level, dimension: dimension.label })}
    >
      <ApiErrorAlert error={form.error} fields={['description']} />
      <LanguagePicker languages={languages} onChange={setLanguages} firstIsDefault={false} />
      <LocaleMapFields
        field="description"
        legend={t('rubric.description', { level: level.level })}
        languages={languages}
        values={values}
        onChange={setValues}
        fieldError={form.fieldError}
        maxLength={ASSESSMENT_LIMITS.rubricMax}
        multiline
        required
      />
      <div className="button-row">
        <Button type="submit" busy={form.pending}>
          {t('rubric.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('rubric.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Platform administrators edit what each level (0–4) of each dimension means. */
export default function RubricPage() {
  const { t } = useTranslation('assessments');
  const locale = useLocale();
  const { data, error, loading, setData } = useApi<AssessmentRubric>(`/assessments/rubric?locale=${locale}`);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string>();

  if (!data) return loading ? <Loading /> : <ApiErrorAlert error={error} />;
  return (
    <Page title={t('rubric.title')} intro={<p>{t('rubric.intro')}</p>}>
      <div role="status">{saved ? <Alert tone="success">{saved}</Alert> : null}</div>
      <nav aria-labelledby="rubric-nav">
        <h2 id="rubric-nav" className="h3">
          {t('rubric.dimensionsNav')}
        </h2>
        <ol className="ax-toc">
          {data.dimensions.map((d) => (
            <li key={d.code}>
              <a href={`#rubric-${d.code}`}>{d.label}</a>
            </li>
          ))}
        </ol>
      </nav>
      {data.dimensions.map((d) => (
        <section
          key={d.code}
          id={`rubric-${d.code}`}
          className="ax-dimension"
          aria-labelledby={`rubric-${d.code}-h`}
        >
          <h2 id={`rubric-${d.code}-h`}>{d.label}</h2>
          <p className="muted">{d.definition}</p>
          <ol className="ax-rubric-levels" start={0}>
            {d.levels.map((level) => {
              const key = `${d.code}.${level.level}`;
              return (
                <li key={key}>
                  <h3 className="h3">
                    {level.level} — {t(`levelName.${level.level}`)}
                    {level.edited ? <span className="badge"> {t('rubric.edited')}</span> : null}
                  </h3>
                  {editing === key ? (
                    <LevelEditor
                      dimension={d}
                      level={level}
                      onCancel={() => setEditing(null)}
                      onSaved={(rubric) => {
                        setData(rubric);
                        setEditing(null);
                        setSaved(t('rubric.saved', { level: level.level, dimension: d.label }));
                      }}
                    />
                  ) : (
                    <>
                      <p>{level.description || <span className="muted">{t('rubric.empty')}</span>}</p>
                      {data.abilities.edit ? (
                        <Button
                          variant="secondary"
                          className="btn-small"
                          aria-label={t('rubric.editLevel', { level: level.level, dimension: d.label })}
                          onClick={() => {
                            setSaved(undefined);
                            setEditing(key);
                          }}
                        >
                          {t('rubric.edit')}
                        </Button>
                      ) : null}
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </Page>
  );
}
