import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { VocabularyItem } from '../../../shared/contracts/reference.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Button, Loading, Page } from '../../components/ui/index.js';
import { VocabularyItemForm } from './VocabularyItemForm.js';
import { VocabularyItemsTable } from './VocabularyItemsTable.js';

/** The terms of one vocabulary: add, edit labels and definitions per language, (de)activate, reorder. */
export default function VocabularyPage() {
  const { t } = useTranslation('admin');
  const { name = '' } = useParams();
  const locale = useLocale();
  const path = `/vocabularies/${encodeURIComponent(name)}`;
  const items = useApi<{ items: VocabularyItem[] }>(`${path}?locale=${locale}`);
  const [adding, setAdding] = useState(false);
  const sorted = [...(items.data?.items ?? [])].sort((a, b) => a.position - b.position);
  const nextPosition = sorted.length ? (sorted[sorted.length - 1]?.position ?? 0) + 10 : 10;

  return (
    <Page
      title={t(`vocabularies.names.${name}`, { defaultValue: name })}
      before={
        <Link className="back-link" to="/admin/vocabularies">
          {t('vocabularies.back')}
        </Link>
      }
      actions={
        adding ? null : (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('vocabularies.add')}
          </Button>
        )
      }
    >
      {adding ? (
        <section className="section card" aria-labelledby="add-heading">
          <h2 id="add-heading">{t('vocabularies.addHeading')}</h2>
          <VocabularyItemForm
            path={path}
            position={nextPosition}
            onDone={(saved) => {
              setAdding(false);
              if (saved) items.reload();
            }}
          />
        </section>
      ) : null}
      <ApiErrorAlert error={items.error} />
      {items.loading && !items.data ? <Loading /> : null}
      {items.data ? <VocabularyItemsTable path={path} items={sorted} onChanged={items.reload} /> : null}
    </Page>
  );
}
