import type { Option } from '../../components/ui/index.js';
import { MarketForm } from './MarketForm.js';
import { MarketFormSections, shownFields } from './MarketFormSections.js';
import type { NeedDraft } from './market-form-model.js';
import { NeedAboutFields, NeedExchangeFields } from './NeedFormFields.js';

const NEED_FIELDS = [
  'challenge',
  'challengeArea',
  'changeSought',
  'outcomes',
  'deliveryMode',
  'timeframeFrom',
  'timeframeTo',
  'contributesFunds',
  'contributesInKind',
  'contributionNote',
];

interface Props {
  draftKey: string;
  initial: NeedDraft;
  submitLabel: string;
  /** The organisations the user may post for (a new need); null when editing. */
  organisations: readonly Option[] | null;
  today: string;
  save: (draft: NeedDraft) => Promise<void>;
}

/** Create and edit form of a need; what is typed is kept as a local draft until saved. */
export function NeedForm({ organisations, today, ...props }: Props) {
  return (
    <MarketForm {...props} fields={shownFields(NEED_FIELDS, !organisations)}>
      {({ draft, form }) => (
        <MarketFormSections
          draft={draft}
          form={form}
          organisations={organisations}
          onOrganisation={(id) => draft.update({ organisationId: id })}
          today={today}
          about={<NeedAboutFields draft={draft} form={form} />}
          exchange={<NeedExchangeFields draft={draft} form={form} />}
        />
      )}
    </MarketForm>
  );
}
