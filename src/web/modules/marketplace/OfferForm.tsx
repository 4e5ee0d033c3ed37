import type { Option } from '../../components/ui/index.js';
import { MarketForm } from './MarketForm.js';
import { MarketFormSections, shownFields } from './MarketFormSections.js';
import { pickOrganisation } from './market-form-choices.js';
import type { OfferDraft } from './market-form-model.js';
import { OfferAboutFields, OfferExchangeFields } from './OfferFormFields.js';
import { OfferFormLinks } from './OfferFormLinks.js';

const OFFER_FIELDS = [
  'description',
  'challengeAreas',
  'deliveryModes',
  'availableFrom',
  'availableTo',
  'capacityPerYear',
  'costSharing',
  'costSharingNote',
  'capabilityIds',
  'experienceIds',
];

type Titled = { id: string; title: string };

interface Props {
  draftKey: string;
  initial: OfferDraft;
  submitLabel: string;
  /** The organisations the user may post for (a new offer); null when editing. */
  organisations: readonly Option[] | null;
  /** What an edited offer already draws on. */
  linked?: { capabilities: Titled[]; experiences: Titled[] };
  today: string;
  save: (draft: OfferDraft) => Promise<void>;
}

/** Create and edit form of an offer; what is typed is kept as a local draft until saved. */
export function OfferForm({ organisations, linked, today, ...props }: Props) {
  return (
    <MarketForm {...props} fields={shownFields(OFFER_FIELDS, !organisations)}>
      {({ draft, form }) => (
        <MarketFormSections
          draft={draft}
          form={form}
          organisations={organisations}
          // Capabilities and experiences belong to an organisation: another one starts with none.
          onOrganisation={(id) => draft.update({ organisationId: id, capabilityIds: [], experienceIds: [] })}
          today={today}
          about={<OfferAboutFields draft={draft} form={form} />}
          exchange={<OfferExchangeFields draft={draft} form={form} />}
          more={
            <OfferFormLinks
              draft={draft}
              form={form}
              organisationId={
                organisations
                  ? pickOrganisation(draft.value.organisationId, organisations)
                  : draft.value.organisationId
              }
              {...(linked ? { linked } : {})}
            />
          }
        />
      )}
    </MarketForm>
  );
}
