import { useTranslation } from 'react-i18next';
import type { ProfileDocument } from '../../../shared/contracts/country-profiles.js';
import { ENUM_VALUES } from '../../../shared/country-profile-fields.js';
import { LIMITS } from '../../../shared/limits.js';
import { useLocale } from '../../app/i18n.js';
import { TermChecks, TermRadios } from '../../components/editor/ChoiceFields.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { BodiesEditor } from './BodiesEditor.js';
import { EnumSelect, UrlField, YearField, YesNoField } from './EditorFields.js';
import { MembersEditor } from './MembersEditor.js';
import { useProfileLabels } from './use-profile-labels.js';
import { useVocabulary } from './use-vocabulary.js';

const TEXT_MAX = 5000;
type Texts = Record<string, string>;
type Sections = Omit<
  ProfileDocument,
  'countryRole' | 'modalities' | 'bodies' | 'history' | 'obstacles' | 'challenges' | 'defaultLocale'
>;

interface Props {
  doc: ProfileDocument;
  languages: string[];
  fieldError: (path: string) => string | undefined;
  onChange: (change: (doc: ProfileDocument) => ProfileDocument) => void;
}

/** Every section of the profile as a fieldset, in the order the country page shows them. */
export function ProfileSections({ doc, languages, fieldError, onChange }: Props) {
  const { t } = useTranslation('countries');
  const labels = useProfileLabels();
  const locale = useLocale();
  const roles = useVocabulary('country_role', locale);
  const modalities = useVocabulary('ssc_modality', locale);

  const set = (patch: Partial<ProfileDocument>) => onChange((d) => ({ ...d, ...patch }));
  const part =
    <S extends keyof Sections>(section: S) =>
    (patch: Partial<Sections[S]>) =>
      onChange((d) => ({ ...d, [section]: { ...d[section], ...patch } }));
  const text = (path: string, values: Texts, onText: (v: Texts) => void, short = false) => (
    <LocaleMapFields
      field={path}
      legend={labels.field(path)}
      languages={languages}
      values={values}
      onChange={onText}
      fieldError={fieldError}
      maxLength={short ? LIMITS.nameMax : TEXT_MAX}
      multiline={!short}
    />
  );
  const field = (path: string) => ({ label: labels.field(path), name: path, error: fieldError(path) });
  const yesNo = (path: string) => ({ legend: labels.field(path), name: path, labels: labels.yesNo });
  const legend = (section: Parameters<typeof labels.section>[0]) => (
    <legend>{labels.section(section)}</legend>
  );

  const legal = part('legalBasis');
  const strategy = part('strategy');
  const plan = part('nationalPlan');
  const coordination = part('coordination');
  const budget = part('budgetLine');
  const info = part('informationSystem');
  const me = part('monitoringEvaluation');

  return (
    <>
      <fieldset id="section-roles">
        {legend('roles')}
        <TermRadios
          legend={labels.field('countryRole')}
          name="countryRole"
          notStated={t('editor.notStated')}
          terms={roles}
          value={doc.countryRole}
          error={fieldError('countryRole')}
          onChange={(countryRole) => set({ countryRole })}
        />
        <TermChecks
          legend={labels.field('modalities')}
          terms={modalities}
          value={doc.modalities}
          onChange={(value) => set({ modalities: value })}
        />
      </fieldset>

      <BodiesEditor
        bodies={doc.bodies}
        languages={languages}
        fieldError={fieldError}
        onChange={(bodies) => set({ bodies })}
      />

      <fieldset id="section-legalBasis">
        {legend('legalBasis')}
        <EnumSelect
          {...field('legalBasis.instrument')}
          values={ENUM_VALUES.legalInstruments}
          value={doc.legalBasis.instrument}
          optionLabel={(v) => labels.enumValue('legalInstruments', v)}
          onChange={(v) => legal({ instrument: v as Sections['legalBasis']['instrument'] })}
        />
        {text('legalBasis.title', doc.legalBasis.title as Texts, (title) => legal({ title }), true)}
        <YearField
          {...field('legalBasis.year')}
          value={doc.legalBasis.year}
          onChange={(year) => legal({ year })}
        />
        <UrlField
          {...field('legalBasis.url')}
          value={doc.legalBasis.url}
          onChange={(url) => legal({ url })}
        />
      </fieldset>

      <fieldset id="section-strategy">
        {legend('strategy')}
        <EnumSelect
          {...field('strategy.status')}
          values={ENUM_VALUES.strategyStatuses}
          value={doc.strategy.status}
          optionLabel={(v) => labels.enumValue('strategyStatuses', v)}
          onChange={(v) => strategy({ status: v as Sections['strategy']['status'] })}
        />
        {text('strategy.title', doc.strategy.title as Texts, (title) => strategy({ title }), true)}
        <YearField
          {...field('strategy.year')}
          value={doc.strategy.year}
          onChange={(year) => strategy({ year })}
        />
        <UrlField {...field('strategy.url')} value={doc.strategy.url} onChange={(url) => strategy({ url })} />
      </fieldset>

      <fieldset id="section-nationalPlan">
        {legend('nationalPlan')}
        <YesNoField
          {...yesNo('nationalPlan.mainstreamed')}
          value={doc.nationalPlan.mainstreamed}
          onChange={(mainstreamed) => plan({ mainstreamed })}
        />
        {text('nationalPlan.how', doc.nationalPlan.how as Texts, (how) => plan({ how }))}
      </fieldset>

      <fieldset id="section-coordination">
        {legend('coordination')}
        <EnumSelect
          {...field('coordination.mechanism')}
          values={ENUM_VALUES.coordinationMechanisms}
          value={doc.coordination.mechanism}
          optionLabel={(v) => labels.enumValue('coordinationMechanisms', v)}
          onChange={(v) => coordination({ mechanism: v as Sections['coordination']['mechanism'] })}
        />
        {text('coordination.description', doc.coordination.description as Texts, (description) =>
          coordination({ description }),
        )}
        <MembersEditor
          legend={labels.field('coordination.memberIds')}
          ids={doc.coordination.memberIds}
          error={fieldError('coordination.memberIds')}
          onChange={(memberIds) => coordination({ memberIds })}
        />
      </fieldset>

      <fieldset id="section-budgetLine">
        {legend('budgetLine')}
        <YesNoField
          {...yesNo('budgetLine.exists')}
          value={doc.budgetLine.exists}
          onChange={(exists) => budget({ exists })}
        />
        {text('budgetLine.note', doc.budgetLine.note as Texts, (note) => budget({ note }))}
      </fieldset>

      <fieldset id="section-informationSystem">
        {legend('informationSystem')}
        <YesNoField
          {...yesNo('informationSystem.exists')}
          value={doc.informationSystem.exists}
          onChange={(exists) => info({ exists })}
        />
        {text('informationSystem.name', doc.informationSystem.name as Texts, (name) => info({ name }), true)}
        <UrlField
          {...field('informationSystem.url')}
          value={doc.informationSystem.url}
          onChange={(url) => info({ url })}
        />
        {text('informationSystem.note', doc.informationSystem.note as Texts, (note) => info({ note }))}
      </fieldset>

      <fieldset id="section-monitoringEvaluation">
        {legend('monitoringEvaluation')}
        <YesNoField
          {...yesNo('monitoringEvaluation.exists')}
          value={doc.monitoringEvaluation.exists}
          onChange={(exists) => me({ exists })}
        />
        {text('monitoringEvaluation.note', doc.monitoringEvaluation.note as Texts, (note) => me({ note }))}
      </fieldset>

      <fieldset id="section-narrative">
        {legend('narrative')}
        <p className="field-hint">{t('editor.narrativeHint')}</p>
        {text('history', doc.history as Texts, (history) => set({ history }))}
        {text('obstacles', doc.obstacles as Texts, (obstacles) => set({ obstacles }))}
        {text('challenges', doc.challenges as Texts, (challenges) => set({ challenges }))}
      </fieldset>
    </>
  );
}
