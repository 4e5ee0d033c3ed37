import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Expert } from '../../../shared/contracts/expertise.js';
import { api } from '../../api/client.js';
import { useLocale } from '../../app/i18n.js';
import { Page } from '../../components/ui/index.js';
import { ExpertForm } from './ExpertForm.js';
import { emptyExpertDraft } from './form-model.js';
import { useTargetOrganisation } from './use-target-organisation.js';

/** List an expert of an organisation (`/experts/new?organisation=…[&capability=…]`), with their consent. */
export default function NewExpertPage() {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { organisation, blocker } = useTargetOrganisation();

  return (
    <Page
      title={t('form.newExpertTitle')}
      intro={<p>{t('form.newExpertIntro')}</p>}
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
        </>
      ) : (
        blocker
      )}
    </Page>
  );
}
