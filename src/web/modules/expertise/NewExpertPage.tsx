import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Expert } from '../../../shared/contracts/expertise.js';
import { api } from '../../api/client.js';
import { useLocale } from '../../app/i18n.js';
import { ExpertForm } from './ExpertForm.js';
import { emptyExpertDraft } from './form-model.js';
import { NewRecordPage } from './NewRecordPage.js';

/** List an expert of an organisation (`/experts/new?organisation=…[&capability=…]`), with their consent. */
export default function NewExpertPage() {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  return (
    <NewRecordPage title={t('form.newExpertTitle')} intro={t('form.newExpertIntro')}>
      {(organisation) => (
        <ExpertForm
          draftKey={`expert.new.${organisation.id}`}
          organisation={organisation}
          initial={emptyExpertDraft(locale, params.get('capability'))}
          submitLabel={t('form.createExpert')}
          save={async (fields) => {
            const created = await api.post<Expert>('/experts', {
              organisationId: organisation.id,
              ...fields,
            });
            navigate(`/experts/${created.id}`);
          }}
        />
      )}
    </NewRecordPage>
  );
}
