import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { usePaged } from '../../api/use-paged.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { Button, LinkButton, LoadMore, Page } from '../../components/ui/index.js';
import { InboxSection } from './InboxSection.js';
import { inboxSections, type Notification, type ReadHere, withRead } from './inbox.js';
import { announceInboxChange } from './unread-count.js';
import './inbox.css';

const asApiError = (reason: unknown) =>
  reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));

/** The signed-in person's notifications: unread first, each marked read one by one or all at once. */
export default function InboxPage() {
  const { t } = useTranslation('inbox');
  const formatDate = useDateFormat();
  const list = usePaged<Notification>('/notifications');
  const count = useApi<{ unread: number }>('/notifications/unread-count');
  const [readHere, setReadHere] = useState<ReadHere>(() => new Set<string>());
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<ApiError>();
  const [markingAll, setMarkingAll] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const sections = useMemo(() => inboxSections(list.items, readHere), [list.items, readHere]);
  const unread = count.data?.unread ?? sections.fresh.filter((e) => !e.read).length;
  // Two quick clicks both count down: each reads the latest number, not the one it rendered with.
  const unreadNow = useRef(unread);
  unreadNow.current = unread;

  const done = (message: string, change: (prev: ReadHere) => ReadHere, left: number) => {
    unreadNow.current = Math.max(0, left);
    setReadHere(change);
    count.setData({ unread: unreadNow.current });
    setFailure(undefined);
    setNote(message);
    announceInboxChange();
  };

  const markRead = async (n: Notification) => {
    try {
      await api.post(`/notifications/${n.id}/read`);
    } catch (reason) {
      // Gone meanwhile (404): nothing left to read, so the result is the same.
      if (!(reason instanceof ApiError && reason.status === 404)) {
        setFailure(asApiError(reason));
        return false;
      }
    }
    done(t('marked'), (prev) => withRead(prev, n.id), unreadNow.current - 1);
    return true;
  };

  const markAll = async () => {
    setMarkingAll(true);
    try {
      await api.post('/notifications/read-all');
      done(t('markedAll'), () => 'all', 0);
      // The button disappears: focus goes to the confirmation rather than the top of the page.
      status.current?.focus();
    } catch (reason) {
      setFailure(asApiError(reason));
    } finally {
      setMarkingAll(false);
    }
  };

  // Opening a notification reads it; the page goes away, so only the header's count is told.
  const open = (n: Notification) => {
    api.post(`/notifications/${n.id}/read`).then(announceInboxChange, () => undefined);
  };

  const shown = sections.fresh.length + sections.earlier.length;
  const item = { formatDate, onMarkRead: markRead, onOpen: open };
  return (
    <Page
      title={t('title')}
      intro={count.data ? <p>{unread > 0 ? t('summary', { count: unread }) : t('allRead')}</p> : null}
      actions={
        <LinkButton variant="secondary" to="/notifications/settings">
          {t('settingsLink')}
        </LinkButton>
      }
    >
      <div className="inbox-toolbar">
        {unread > 0 ? (
          <Button variant="secondary" busy={markingAll} onClick={() => void markAll()}>
            {t('markAll')}
          </Button>
        ) : null}
        <p role="status" ref={status} tabIndex={-1}>
          {note}
        </p>
      </div>
      <ApiErrorAlert error={failure ?? list.error} />
      <InboxSection title={t('sections.fresh')} entries={sections.fresh} {...item} />
      <InboxSection title={t('sections.earlier')} entries={sections.earlier} {...item} />
      {shown === 0 && !list.loading && !list.error ? <p>{t('empty')}</p> : null}
      {shown > 0 || list.loading ? (
        <LoadMore shown={shown} hasMore={list.hasMore} loading={list.loading} onLoadMore={list.loadMore} />
      ) : null}
    </Page>
  );
}
