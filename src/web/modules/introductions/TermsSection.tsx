import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { Button, Facts } from '../../components/ui/index.js';
import { useDayFormat } from '../assessments/format.js';
import { useInstruments } from '../expertise/reference-lists.js';
import type { ActionProps } from './AnswerPanel.js';
import { termsEmpty } from './forms-model.js';
import { TermsForm } from './TermsForm.js';

/** What the two sides agreed (an agreed introduction only), and the form to change it for either side. */
export function TermsSection({ i, onDone }: ActionProps) {
  const { t } = useTranslation(['introductions', 'expertise']);
  const locale = useLocale();
  const formatDay = useDayFormat();
  const instruments = useInstruments(locale);
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const terms = i.terms;
  const instrumentName = (code: string) => instruments.find((x) => x.code === code)?.name ?? code;

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('terms.title')}</h2>
      {termsEmpty(terms) ? (
        <p className="muted">{t('terms.none')}</p>
      ) : (
        <Facts
          facts={[
            [t('terms.modality'), terms.modality ?? null],
            [t('terms.instruments'), terms.instruments?.map(instrumentName).join(', ') ?? null],
            [t('terms.startDate'), terms.startDate ? formatDay(terms.startDate) : null],
            [t('terms.endDate'), terms.endDate ? formatDay(terms.endDate) : null],
            [
              t('terms.costSharing'),
              terms.costSharing ? t(`expertise:costSharing.${terms.costSharing}`) : null,
            ],
            [
              t('terms.notes'),
              terms.notes ? (
                <span key="notes" className="intro-message">
                  {terms.notes}
                </span>
              ) : null,
            ],
          ]}
        />
      )}
      {i.abilities.editTerms ? (
        <>
          <Button variant="secondary" aria-expanded={editing} onClick={() => setEditing((v) => !v)}>
            {t(termsEmpty(terms) ? 'terms.write' : 'terms.edit')}
          </Button>
          {editing ? (
            <TermsForm
              i={i}
              instruments={instruments}
              onDone={(updated, notice) => {
                setEditing(false);
                onDone(updated, notice);
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
