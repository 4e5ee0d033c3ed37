import { useTranslation } from 'react-i18next';
import { Button } from './Button.js';

export interface LoadMoreProps {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/**
 * "Load more" instead of page numbers: cursor pages cannot jump, and appending keeps the
 * reader's place. The count is a live region so screen readers hear that rows arrived.
 */
export function LoadMore({ shown, hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p role="status" className="muted">
        {loading ? t('status.loading') : t('list.shown', { count: shown })}
      </p>
      {hasMore ? (
        <Button variant="secondary" busy={loading} onClick={onLoadMore}>
          {t('list.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
