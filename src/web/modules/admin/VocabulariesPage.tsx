import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Card, Loading, Page } from '../../components/ui/index.js';

/** The shared vocabularies (modalities, instruments, outcomes…) with how many terms each holds. */
export default function VocabulariesPage() {
  const { t } = useTranslation('admin');
  const { data, error, loading } = useApi<{ items: { name: string; count: number }[] }>('/vocabularies');

  return (
    <Page title={t('vocabularies.title')} intro={<p>{t('vocabularies.intro')}</p>}>
      <ApiErrorAlert error={error} />
      {loading ? <Loading /> : null}
      <ul className="grid">
        {(data?.items ?? []).map((v) => (
          <li key={v.name}>
            <Card
              headingLevel={2}
              title={t(`vocabularies.names.${v.name}`, { defaultValue: v.name })}
              to={`/admin/vocabularies/${encodeURIComponent(v.name)}`}
            >
              <p className="muted">{t('vocabularies.count', { count: v.count })}</p>
            </Card>
          </li>
        ))}
      </ul>
    </Page>
  );
}
