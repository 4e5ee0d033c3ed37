import { useTranslation } from 'react-i18next';
import type { ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { LIMITS } from '../../../shared/limits.js';
import { useLocale } from '../../app/i18n.js';
import { TermChecks, TermRadios } from '../../components/editor/ChoiceFields.js';
import { NumberField } from '../../components/editor/NumberField.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Select, TextField } from '../../components/ui/index.js';
import { useVocabulary } from '../countries/use-vocabulary.js';
import { EditorClassification } from './EditorClassification.js';
import { Anchor, Section } from './EditorFields.js';
import { EditorLanguages } from './EditorLanguages.js';
import { EditorLinks } from './EditorLinks.js';
import { EditorParticipants } from './EditorParticipants.js';
import { EditorSummary } from './EditorSummary.js';
import type { FieldLabels } from './editor-labels.js';
import { DURATION_MAX, languageCodes, SHORT_TEXT_MAX, TEXT_MAX, type Texts } from './editor-model.js';
import { useCurrencies } from './editor-reference.js';

type Doc = ExperienceDocument;
type TextKey = 'challenge' | 'approach' | 'results' | 'didNotWork' | 'lessons';

interface Props {
  doc: Doc;
  labels: FieldLabels;
  fieldError: (path: string) => string | undefined;
  onChange: (change: (doc: Doc) => Doc) => void;
}

/** Every section of the experience template as a fieldset, in the order readers meet them. */
export function EditorSections({ doc, labels, fieldError, onChange }: Props) {
  const { t } = useTranslation('experience-editor');
  const locale = useLocale();
  const instruments = useVocabulary('instrument', locale);
  const activities = useVocabulary('activity_type', locale);
  const deliveryModes = useVocabulary('delivery_mode', locale);
  const currencies = useCurrencies(locale);
  const languages = languageCodes(doc);

  const set = (patch: Partial<Doc>) => onChange((d) => ({ ...d, ...patch }));
  const setCosts = (patch: Partial<Doc['costs']>) =>
    onChange((d) => ({ ...d, costs: { ...d.costs, ...patch } }));
  const setContact = (patch: Partial<Doc['contact']>) =>
    onChange((d) => ({ ...d, contact: { ...d.contact, ...patch } }));

  const texts = (
    field: string,
    legend: string,
    values: Texts,
    onText: (v: Texts) => void,
    options: { hint?: string; max?: number; multiline?: boolean } = {},
  ) => (
    <Anchor field={field.split('.')[0] ?? field}>
      <LocaleMapFields
        field={field}
        legend={legend}
        hint={options.hint}
        languages={languages}
        values={values as Record<string, string>}
        onChange={onText}
        fieldError={fieldError}
        maxLength={options.max ?? TEXT_MAX}
        multiline={options.multiline ?? true}
      />
    </Anchor>
  );
  const story = (field: TextKey) =>
    texts(field, labels.field(field), doc[field], (v) => set({ [field]: v }), { hint: labels.hint(field) });

  return (
    <>
      <Section id="languages" legend={labels.section('languages')} hint={t('languages.intro')}>
        <EditorLanguages
          doc={doc}
          labels={labels}
          error={fieldError('languages')}
          onChange={(next) => set({ languages: next })}
        />
      </Section>

      <Section id="overview" legend={labels.section('overview')}>
        {texts('title', labels.field('title'), doc.title, (title) => set({ title }), {
          hint: labels.hint('title'),
          max: SHORT_TEXT_MAX,
          multiline: false,
        })}
        <Anchor field="summary">
          <EditorSummary
            languages={languages}
            values={doc.summary}
            labels={labels}
            fieldError={fieldError}
            onChange={(summary) => set({ summary })}
          />
        </Anchor>
      </Section>

      <Section id="challenge" legend={labels.section('challenge')}>
        {story('challenge')}
      </Section>

      <Section id="approach" legend={labels.section('approach')}>
        {story('approach')}
        <TermChecks
          columns
          id="field-instruments"
          legend={labels.field('instruments')}
          hint={t('hints.instruments')}
          terms={instruments}
          value={doc.instruments}
          error={fieldError('instruments')}
          onChange={(v) => set({ instruments: v })}
        />
        <TermChecks
          columns
          id="field-activityTypes"
          legend={labels.field('activityTypes')}
          terms={activities}
          value={doc.activityTypes}
          error={fieldError('activityTypes')}
          onChange={(v) => set({ activityTypes: v })}
        />
        <TermRadios
          columns
          id="field-deliveryMode"
          legend={labels.field('deliveryMode')}
          name="deliveryMode"
          notStated={t('field.notStated')}
          terms={deliveryModes}
          value={doc.deliveryMode}
          error={fieldError('deliveryMode')}
          onChange={(v) => set({ deliveryMode: v })}
        />
        <Anchor field="durationMonths">
          <NumberField
            label={labels.field('durationMonths')}
            name="durationMonths"
            hint={t('hints.durationMonths')}
            min={0}
            max={DURATION_MAX}
            value={doc.durationMonths}
            error={fieldError('durationMonths')}
            onChange={(v) => set({ durationMonths: v })}
          />
        </Anchor>
      </Section>

      <Section id="participants" legend={labels.section('participants')} hint={t('hints.participants')}>
        <EditorParticipants
          participants={doc.participants}
          languages={languages}
          labels={labels}
          fieldError={fieldError}
          onChange={(participants) => set({ participants })}
        />
      </Section>

      <Section id="results" legend={labels.section('results')}>
        {story('results')}
        {story('didNotWork')}
      </Section>
      <Section id="lessons" legend={labels.section('lessons')}>
        {story('lessons')}
      </Section>

      <Section id="costs" legend={labels.section('costs')} hint={t('hints.costs')}>
        <Anchor field="costs">
          <div className="field-pair">
            <NumberField
              label={labels.field('costs.amount')}
              name="costs.amount"
              min={0}
              max={1e12}
              step="any"
              value={doc.costs.amount}
              error={fieldError('costs.amount')}
              onChange={(amount) => setCosts({ amount })}
            />
            <Select
              label={labels.field('costs.currency')}
              name="costs.currency"
              value={doc.costs.currency ?? ''}
              placeholder={t('field.notStated')}
              options={currencies.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }))}
              error={fieldError('costs.currency')}
              onChange={(e) => setCosts({ currency: e.target.value || null })}
            />
          </div>
          <LocaleMapFields
            field="costs.paidBy"
            legend={labels.field('costs.paidBy')}
            hint={labels.hint('costs.paidBy')}
            languages={languages}
            values={doc.costs.paidBy as Record<string, string>}
            onChange={(paidBy) => setCosts({ paidBy })}
            fieldError={fieldError}
            maxLength={1000}
          />
          <LocaleMapFields
            field="costs.note"
            legend={labels.field('costs.note')}
            languages={languages}
            values={doc.costs.note as Record<string, string>}
            onChange={(note) => setCosts({ note })}
            fieldError={fieldError}
            maxLength={2000}
            multiline
          />
        </Anchor>
      </Section>

      <EditorClassification doc={doc} labels={labels} fieldError={fieldError} onChange={onChange} />

      <Section id="contact" legend={labels.section('contact')} hint={t('hints.contact')}>
        <Anchor field="contact">
          <TextField
            label={labels.field('contact.name')}
            name="contact.name"
            autoComplete="name"
            maxLength={LIMITS.displayNameMax}
            value={doc.contact.name}
            error={fieldError('contact.name')}
            onChange={(e) => setContact({ name: e.target.value })}
          />
          <TextField
            label={labels.field('contact.email')}
            name="contact.email"
            type="email"
            autoComplete="email"
            dir="ltr"
            maxLength={LIMITS.emailMax}
            value={doc.contact.email ?? ''}
            error={fieldError('contact.email')}
            onChange={(e) => setContact({ email: e.target.value === '' ? null : e.target.value })}
          />
        </Anchor>
      </Section>

      <Section id="links" legend={labels.section('links')} hint={t('hints.links')}>
        <EditorLinks
          links={doc.links}
          labels={labels}
          fieldError={fieldError}
          onChange={(links) => set({ links })}
        />
      </Section>
    </>
  );
}
