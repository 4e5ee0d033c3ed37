import { useId } from 'react';
import { InboxItem } from './InboxItem.js';
import type { InboxEntry, Notification } from './inbox.js';

export interface InboxSectionProps {
  title: string;
  entries: InboxEntry[];
  formatDate: (iso: string) => string;
  onMarkRead: (n: Notification) => Promise<boolean>;
  onOpen: (n: Notification) => void;
}

/** One group of the inbox under its own heading; nothing when empty. */
export function InboxSection({ title, entries, ...item }: InboxSectionProps) {
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className="inbox-list">
        {entries.map((entry) => (
          <InboxItem key={entry.notification.id} entry={entry} {...item} />
        ))}
      </ul>
    </section>
  );
}
