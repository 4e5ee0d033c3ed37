import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Organisation } from '../../../shared/contracts/organisations.js';
import { api } from '../../api/client.js';
import { useLocale } from '../../app/i18n.js';
import { Page } from '../../components/ui/index.js';
import { emptyDraft } from './form-model.js';
import { OrganisationForm } from './OrganisationForm.js';

/** Register a new organisation; the route is shown only with the organisation.create ability. */
export default function NewOrganisationPage() {
  const { t } = useTranslation('organisations');
  const locale = useLocale();
  const navigate = useNavigate();

  return (
    <Page
      title={t('form.newTitle')}
      intro={<p>{t('form.newIntro')}</p>}
      before={
        <Link className="back-link" to="/organisations">
          {t('form.backToDirectory')}
        </Link>
      }
    >
      <OrganisationForm
        draftKey="organisation.new"
        initial={emptyDraft(locale)}
        submitLabel={t('form.create')}
        save={async (body) => {
          const created = await api.post<Organisation>('/organisations', body);
          navigate(`/organisations/${created.id}`);
        }}
      />
    </Page>
  );
}
