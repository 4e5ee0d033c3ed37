import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Capability } from '../../../shared/contracts/expertise.js';
import { api } from '../../api/client.js';
import { useLocale } from '../../app/i18n.js';
import { CapabilityForm } from './CapabilityForm.js';
import { emptyCapabilityDraft } from './form-model.js';
import { NewRecordPage } from './NewRecordPage.js';

/** Add a capability to an organisation's catalogue (`/capabilities/new?organisation=…`). */
export default function NewCapabilityPage() {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const navigate = useNavigate();

  return (
    <NewRecordPage title={t('form.newCapabilityTitle')} intro={t('form.newCapabilityIntro')}>
      {(organisation) => (
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
      )}
    </NewRecordPage>
  );
}
