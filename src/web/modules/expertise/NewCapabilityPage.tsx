import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Capability } from '../../../shared/contracts/expertise.js';
import { api } from '../../api/client.js';
import { useLocale } from '../../app/i18n.js';
import { Page } from '../../components/ui/index.js';
import { CapabilityForm } from './CapabilityForm.js';
import { emptyCapabilityDraft } from './form-model.js';
import { useTargetOrganisation } from './use-target-organisation.js';

/** Add a capability to an organisation's catalogue (`/capabilities/new?organisation=…`). */
export default function NewCapabilityPage() {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const navigate = useNavigate();
  const { organisation, blocker } = useTargetOrganisation();

  return (
    <Page
      title={t('form.newCapabilityTitle')}
      intro={<p>{t('form.newCapabilityIntro')}</p>}
      before={
        organisation ? (
          <Link className="back-link" to={`/organisations/${organisation.id}`}>
            {t('form.backTo', { name: organisation.name })}
          </Link>
        ) : null
      }
    >
      {organisation ? (
        <>
          <p>{t('form.for', { organisation: organisation.name })}</p>
          <CapabilityForm
            draftKey={`capability.new.${organisation.id}`}
            initial={emptyCapabilityDraft(locale)}
            submitLabel={t('form.createCapability')}
            save={async (fields) => {
              const created = await api.post<Capability>('/capabilities', {
                organisationId: organisation.id,
                ...fields,
              });
              navigate(`/capabilities/${created.id}`);
            }}
          />
        </>
      ) : (
        blocker
      )}
    </Page>
  );
}
