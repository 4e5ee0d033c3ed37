import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { useLocale } from '../../app/i18n.js';
import { TermChecks, TermRadios } from '../../components/editor/ChoiceFields.js';
import { NumberField } from '../../components/editor/NumberField.js';
import { useVocabulary } from '../countries/use-vocabulary.js';
import { CodePicker } from '../expertise/CodePicker.js';
import { useSdgTargets, useSectors } from '../expertise/reference-lists.js';
import { Anchor, Section } from './EditorFields.js';
import type { FieldLabels } from './editor-labels.js';
import { YEAR_MAX, YEAR_MIN } from './editor-model.js';

type Doc = ExperienceDocument;

interface Props {
  doc: Doc;
  labels: FieldLabels;
  fieldError: (path: string) => string | undefined;
  onChange: (change: (doc: Doc) => Doc) => void;
}

/** How the experience is classified for search and facets: sectors, SDG targets and the vocabularies. */
export function EditorClassification({ doc, labels, fieldError, onChange }: Props) {
  const { t } = useTranslation('experience-editor');
  const locale = useLocale();
  const allSectors = useSectors(locale);
  // An experience names purpose codes (5 digits); the 3-digit categories only serve filters.
  const sectors = useMemo(() => allSectors.filter((s) => /^\d{5}$/.test(s.code)), [allSectors]);
  const sdgTargets = useSdgTargets(locale);
  const modalities = useVocabulary('ssc_modality', locale);
  const modes = useVocabulary('knowledge_mode', locale);
  const outcomes = useVocabulary('intermediate_outcome', locale);
  const dimensions = useVocabulary('assessment_dimension', locale);
  const set = (patch: Partial<Doc>) => onChange((d) => ({ ...d, ...patch }));

  return (
    <Section id="classification" legend={labels.section('classification')} hint={t('hints.classification')}>
      <div className="field-pair">
        <Anchor field="periodStart">
          <NumberField
            label={labels.field('periodStart')}
            name="periodStart"
            min={YEAR_MIN}
            max={YEAR_MAX}
            value={doc.periodStart}
            error={fieldError('periodStart')}
            onChange={(periodStart) => set({ periodStart })}
          />
        </Anchor>
        <Anchor field="periodEnd">
          <NumberField
            label={labels.field('periodEnd')}
            name="periodEnd"
            hint={t('hints.periodEnd')}
            min={YEAR_MIN}
            max={YEAR_MAX}
            value={doc.periodEnd}
            error={fieldError('periodEnd')}
            onChange={(periodEnd) => set({ periodEnd })}
          />
        </Anchor>
      </div>
      <Anchor field="sectors">
        <CodePicker
          label={labels.field('sectors')}
          name="sectors"
          hint={t('hints.sectors')}
          items={sectors}
          value={doc.sectors}
          error={fieldError('sectors')}
          onChange={(v) => set({ sectors: v })}
        />
      </Anchor>
      <Anchor field="sdgTargets">
        <CodePicker
          label={labels.field('sdgTargets')}
          name="sdgTargets"
          hint={t('hints.sdgTargets')}
          items={sdgTargets}
          value={doc.sdgTargets}
          error={fieldError('sdgTargets')}
          onChange={(v) => set({ sdgTargets: v })}
        />
      </Anchor>
      <TermRadios
        columns
        id="field-modality"
        legend={labels.field('modality')}
        name="modality"
        notStated={t('field.notStated')}
        terms={modalities}
        value={doc.modality}
        error={fieldError('modality')}
        onChange={(v) => set({ modality: v })}
      />
      <TermChecks
        columns
        id="field-knowledgeModes"
        legend={labels.field('knowledgeModes')}
        hint={t('hints.knowledgeModes')}
        terms={modes}
        value={doc.knowledgeModes}
        error={fieldError('knowledgeModes')}
        onChange={(v) => set({ knowledgeModes: v })}
      />
      <TermChecks
        columns
        id="field-outcomes"
        legend={labels.field('outcomes')}
        hint={t('hints.outcomes')}
        terms={outcomes}
        value={doc.outcomes}
        error={fieldError('outcomes')}
        onChange={(v) => set({ outcomes: v })}
      />
      <TermChecks
        columns
        id="field-assessmentDimensions"
        legend={labels.field('assessmentDimensions')}
        hint={t('hints.assessmentDimensions')}
        terms={dimensions}
        value={doc.assessmentDimensions}
        error={fieldError('assessmentDimensions')}
        onChange={(v) => set({ assessmentDimensions: v })}
      />
    </Section>
  );
}
