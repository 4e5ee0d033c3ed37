import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AuditEntry } from '../../../shared/contracts/audit.js';
import { usePaged } from '../../api/use-paged.js';
import { useDateFormat } from '../../app/format.js';
import { PagedList } from '../../components/lists/PagedList.js';
import { Page } from '../../components/ui/index.js';
import { ChangeList } from './ChangeList.js';

// Where the record itself lives, for the "back" link; types without a page get none.
const RECORD_PAGES: Record<string, (id: string) => string> = {
  organisation: (id) => `/organisations/${id}`,
  need: (id) => `/needs/${id}`,
  offer: (id) => `/offers/${id}`,
  introduction: (id) => `/introductions/${id}`,
};

/** Who changed a record, when, and each field's value before and after. */
export default function AuditTrailPage() {
  const { t } = useTranslation('audit');
  const { entityType = '', entityId = '' } = useParams();
  const formatDate = useDateFormat();
  const list = usePaged<AuditEntry>(
    `/audit/${encodeURIComponent(entityType)}/${encodeURIComponent(entityId)}`,
  );
  const recordPage = RECORD_PAGES[entityType]?.(entityId);
  const what = t(`entities.${entityType}`, { defaultValue: entityType });

  return (
    <Page
      title={t('title', { what })}
      intro={<p>{t('intro')}</p>}
      before={
        recordPage ? (
          <Link className="back-link" to={recordPage}>
            {t('back')}
          </Link>
        ) : null
      }
    >
      <PagedList list={list} noneText={t('none')} as="ol" className="result-list">
        {list.items.map((entry) => (
          <li key={entry.id}>
            <h2 className="h3">
              {t(`actions.${entry.action}`, { defaultValue: entry.action })}
              {' — '}
              <time dateTime={entry.occurredAt}>{formatDate(entry.occurredAt)}</time>
            </h2>
            <p className="muted">{t('by', { who: entry.actor?.displayName ?? t('system') })}</p>
            <ChangeList changes={entry.changes} />
          </li>
        ))}
      </PagedList>
    </Page>
  );
}
