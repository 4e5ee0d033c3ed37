import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../components/ui/index.js';
import type { MarketFieldsProps } from './MarketForm.js';
import { MarketFormClassification } from './MarketFormClassification.js';
import { MarketFormExchange } from './MarketFormExchange.js';
import { MarketFormSection, OrganisationField } from './MarketFormParts.js';
import { MarketFormPublishing } from './MarketFormPublishing.js';
import { MarketFormTexts } from './MarketFormTexts.js';
import { pickOrganisation } from './market-form-choices.js';
import type { SharedDraft } from './market-form-model.js';

interface Props extends MarketFieldsProps<SharedDraft> {
  /** The organisations the user may post for (a new record); null when editing. */
  organisations: readonly Option[] | null;
  onOrganisation: (id: string) => void;
  today: string;
  /** The kind's own fields in the "about" part, in the "exchange" part, and parts of its own. */
  about: ReactNode;
  exchange: ReactNode;
  more?: ReactNode;
}

/** The parts of the need and offer forms, in the order a reader meets them. */
export function MarketFormSections({ draft, form, organisations, onOrganisation, today, ...slots }: Props) {
  const { t } = useTranslation('market-form');
  return (
    <>
      <MarketFormSection title={t('sections.about')}>
        {organisations ? (
          <OrganisationField
            options={organisations}
            value={pickOrganisation(draft.value.organisationId, organisations)}
            error={form.fieldError('organisationId')}
            onChange={onOrganisation}
          />
        ) : null}
        <MarketFormTexts draft={draft} form={form} />
        {slots.about}
      </MarketFormSection>
      <MarketFormClassification draft={draft} form={form} />
      <MarketFormExchange draft={draft} form={form}>
        {slots.exchange}
      </MarketFormExchange>
      {slots.more}
      <MarketFormPublishing draft={draft} form={form} editing={!organisations} today={today} />
    </>
  );
}

const SHARED_FIELDS = [
  'defaultLocale',
  'title',
  'sectors',
  'sdgTargets',
  'dimensions',
  'instruments',
  'languages',
  'visibility',
  'expiresOn',
];

/** The API fields a form shows: the organisation is chosen when creating, the status when editing. */
export function shownFields(own: readonly string[], editing: boolean): string[] {
  return [...SHARED_FIELDS, ...own, editing ? 'status' : 'organisationId'];
}
