import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui/index.js';
import { aboutOf, type InboxEntry, inboxTarget, type Notification } from './inbox.js';

export interface InboxItemProps {
  entry: InboxEntry;
  formatDate: (iso: string) => string;
  /** Marks it read; resolves true when done. */
  onMarkRead: (n: Notification) => Promise<boolean>;
  /** Following the link reads it too. */
  onOpen: (n: Notification) => void;
}

/** One notification: its text (a link to what it is about), read state in words, date, and "Mark as read". */
export function InboxItem({ entry, formatDate, onMarkRead, onOpen }: InboxItemProps) {
  const { t } = useTranslation('inbox');
  const { notification: n, read } = entry;
  const textId = useId();
  const link = useRef<HTMLAnchorElement>(null);
  const plain = useRef<HTMLSpanElement>(null);
  const target = inboxTarget(n.link);
  const about = aboutOf(target);

  const markRead = async () => {
    // The button goes away once read: focus stays on this notification instead of the page top.
    if (await onMarkRead(n)) (link.current ?? plain.current)?.focus();
  };

  return (
    <li className={read ? 'inbox-item' : 'inbox-item inbox-unread'}>
      <div className="inbox-body">
        <p className="inbox-text" id={textId}>
          {target ? (
            <Link ref={link} to={target} onClick={read ? undefined : () => onOpen(n)}>
              {n.text}
            </Link>
          ) : (
            <span ref={plain} tabIndex={-1}>
              {n.text}
            </span>
          )}
        </p>
        <p className="inbox-meta muted">
          {read ? (
            `${t('read')} · `
          ) : (
            <>
              <span className="badge">{t('unread')}</span>{' '}
            </>
          )}
          <time dateTime={n.createdAt}>{formatDate(n.createdAt)}</time>
          {about ? ` · ${t(`about.${about}`)}` : null}
        </p>
      </div>
      {read ? null : (
        <Button
          variant="secondary"
          className="btn-small"
          aria-describedby={textId}
          onClick={() => void markRead()}
        >
          {t('markRead')}
        </Button>
      )}
    </li>
  );
}
