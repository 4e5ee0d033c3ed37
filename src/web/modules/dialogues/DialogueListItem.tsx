import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../shared/locale-map.js';
import { usePaged } from '../../api/use-paged.js';
import { useLocale } from '../../app/i18n.js';
import { PagedList } from '../../components/lists/PagedList.js';
import { shownStatus } from './list-model.js';
import { useViewerZone } from './record-format.js';
import { pageHref } from './record-paths.js';
import { formatInstant } from './time-format.js';
import type { DialogueSummary } from './types.js';

/**
 * A list of dialogues under its heading, loaded page by page from `path` (the API's order): a
 * group of the list page (upcoming, in planning, past) or a series' dialogues.
 */
export function DialogueSection({
  title,
  empty,
  path,
  as,
}: {
  title: string;
  empty: string;
  /** The API path of the list, with its filters. */
  path: string;
  /** `ol` where the order means something (a series). */
  as?: 'ul' | 'ol';
}) {
  const headingId = useId();
  const list = usePaged<DialogueSummary>(path);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <PagedList list={list} noneText={empty} as={as} className="dialogue-list">
        {list.items.map((d) => (
          <DialogueListItem key={d.id} d={d} />
        ))}
      </PagedList>
    </section>
  );
}

/**
 * A dialogue in a list: its title (a link), status, format and sites, and its start on the
 * reader's clock and, where it differs, the convener's.
 */
export function DialogueListItem({
  d,
  level = 3,
}: {
  d: DialogueSummary;
  /** The title's heading level: 4 under a group's own heading (an organisation's page). */
  level?: 3 | 4;
}) {
  const { t } = useTranslation('dialogues');
  const Heading = level === 4 ? 'h4' : 'h3';
  const locale = useLocale();
  const viewerZone = useViewerZone();
  const title = localized(d.title, locale, d.defaultLocale);
  return (
    <li className="dialogue-item">
      <Heading>
        <Link to={pageHref.dialogue(d.id)}>{title}</Link>
      </Heading>
      <p className="muted">
        {[
          t(`status.${shownStatus(d)}`),
          t(`format.${d.format}`),
          t('list.sites', { count: d.siteCount }),
          t('list.convenedBy', { organisation: d.convenerOrganisation.name }),
        ].join(' · ')}
      </p>
      {d.startsAt ? (
        <dl className="dialogue-times">
          <div>
            <dt>{t('list.yourTime')}</dt>
            <dd>{formatInstant(d.startsAt, viewerZone, locale)}</dd>
          </div>
          {d.convenerSite && d.convenerSite.timeZone !== viewerZone ? (
            <div>
              <dt>{t('list.convenerTime', { city: d.convenerSite.city })}</dt>
              <dd>{formatInstant(d.startsAt, d.convenerSite.timeZone, locale)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {/* A held dialogue is planned no more: its record and summary take over. */}
      {d.abilities.update && d.status !== 'held' && d.status !== 'summarised' ? (
        <p>
          <Link to={pageHref.plan(d.id)} aria-label={t('list.planNamed', { title })}>
            {t('list.planLink')}
          </Link>
        </p>
      ) : null}
    </li>
  );
}
