import { useTranslation } from 'react-i18next';
import type { ExperienceSummary } from '../../../shared/contracts/experiences.js';
import type { CapabilitySummary } from '../../../shared/contracts/expertise.js';
import type { ApiState } from '../../api/use-api.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { draftBindings } from '../../components/forms/draft-bindings.js';
import { Loading } from '../../components/ui/index.js';
import { Anchor } from '../experiences/EditorFields.js';
import { CheckboxGroup } from '../expertise/CheckboxGroup.js';
import type { MarketFieldsProps } from './MarketForm.js';
import { MarketFormSection } from './MarketFormParts.js';
import { linkOptions, publishedExperiencesOf } from './market-form-choices.js';
import type { OfferDraft } from './market-form-model.js';

type Titled = { id: string; title: string };

interface Props extends MarketFieldsProps<OfferDraft> {
  organisationId: string;
  /** What an edited offer already draws on, so it stays listed (and can be unticked). */
  linked?: { capabilities: Titled[]; experiences: Titled[] };
}

/** Why a list of choices is empty or missing: still loading, failed, or nothing to choose. */
function ListState({
  state,
  empty,
  emptyText,
}: {
  state: Pick<ApiState<unknown>, 'error' | 'loading'>;
  empty: boolean;
  emptyText: string;
}) {
  if (state.error) return <ApiErrorAlert error={state.error} />;
  if (state.loading) return <Loading />;
  return empty ? <p className="muted">{emptyText}</p> : null;
}

/** The organisation's catalogue capabilities and published experiences the offer draws on. */
export function OfferFormLinks({ draft, form, organisationId, linked }: Props) {
  const { t } = useTranslation('market-form');
  const locale = useLocale();
  const capabilities = useApi<{ items: CapabilitySummary[] }>(
    `/capabilities?organisation=${organisationId}&limit=100&locale=${locale}`,
  );
  // The organisation's published experiences (the library lists only published ones), also for
  // a coordinator or administrator posting for an organisation they do not belong to.
  const experiences = useApi<{ items: ExperienceSummary[] }>(
    `/experiences?organisation=${organisationId}&facets=false&sort=newest&limit=100&locale=${locale}`,
  );
  const bind = draftBindings(draft, form);
  const capabilityOptions = linkOptions(capabilities.data?.items ?? [], linked?.capabilities);
  const experienceOptions = linkOptions(
    publishedExperiencesOf(experiences.data?.items ?? [], organisationId),
    linked?.experiences,
  );

  return (
    <MarketFormSection title={t('sections.links')}>
      <Anchor field="capabilityIds">
        <CheckboxGroup
          legend={t('fields.capabilityIds')}
          hint={t('hints.capabilityIds')}
          options={capabilityOptions}
          {...bind.codes('capabilityIds', 'capabilityIds')}
        >
          <ListState
            state={capabilities}
            empty={capabilityOptions.length === 0}
            emptyText={t('hints.noCapabilities')}
          />
        </CheckboxGroup>
      </Anchor>
      <Anchor field="experienceIds">
        <CheckboxGroup
          legend={t('fields.experienceIds')}
          hint={t('hints.experienceIds')}
          options={experienceOptions}
          {...bind.codes('experienceIds', 'experienceIds')}
        >
          <ListState
            state={experiences}
            empty={experienceOptions.length === 0}
            emptyText={t('hints.noExperiences')}
          />
        </CheckboxGroup>
      </Anchor>
    </MarketFormSection>
  );
}
