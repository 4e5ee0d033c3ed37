import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { DialogueListItem } from './DialogueListItem.js';
import { type DialogueLink, listApiPath, listPageHref } from './list-paths.js';
import type { DialogueSummary } from './types.js';
import './dialogues.css';

/** A few of each group: the page it sits on is about something else. */
const SHOWN = 3;

type Page = { items: DialogueSummary[]; nextCursor: string | null };

export interface LinkedDialoguesProps {
  link: DialogueLink;
  /** The section's heading and the words of its link to the whole list, in the page's own terms. */
  heading: string;
  seeAll: string;
}

/**
 * An organisation's or a country's dialogues on its page: the next few upcoming (soonest first),
 * then the latest few past, each as the list page shows it, and a link to that list filtered to
 * them (which also shows those still in planning). Shown once both groups have arrived, so the
 * page does not jump twice.
 */
export default function LinkedDialogues({ link, heading, seeAll }: LinkedDialoguesProps) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const headingId = useId();
  const upcoming = useApi<Page>(listApiPath(link, 'upcoming', locale, SHOWN));
  const past = useApi<Page>(listApiPath(link, 'past', locale, SHOWN));
  if (upcoming.loading || past.loading) return null;

  const groups = [
    ['upcoming', upcoming.data?.items ?? []],
    ['past', past.data?.items ?? []],
  ] as const;
  const error = upcoming.error ?? past.error;
  const shown = groups.filter(([, items]) => items.length > 0);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ApiErrorAlert error={error} />
      {shown.length === 0 && !error ? <p className="muted">{t('linked.none')}</p> : null}
      {shown.map(([when, items]) => (
        <Fragment key={when}>
          <h3>{t(`list.${when}`)}</h3>
          <ul className="dialogue-list">
            {items.map((d) => (
              <DialogueListItem key={d.id} d={d} level={4} />
            ))}
          </ul>
        </Fragment>
      ))}
      <p>
        <Link to={listPageHref(link)}>{seeAll}</Link>
      </p>
    </section>
  );
}
