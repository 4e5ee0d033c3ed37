import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../shared/locale-map.js';
import { useLocale } from '../../app/i18n.js';
import { shownStatus } from './list-model.js';
import { useViewerZone } from './record-format.js';
import { pageHref } from './record-paths.js';
import { formatInstant } from './time-format.js';
import type { DialogueSummary } from './types.js';
import { useConvenerZones } from './use-convener-zones.js';

/** One group of the list (upcoming, in planning, past) under its heading. */
export function DialogueSection({
  title,
  empty,
  items,
  upcoming = false,
}: {
  title: string;
  empty: string;
  items: readonly DialogueSummary[];
  /** Upcoming dialogues show their start on the convener's clock too. */
  upcoming?: boolean;
}) {
  const headingId = useId();
  const zones = useConvenerZones(upcoming ? items.map((d) => d.id) : []);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="dialogue-list">
          {items.map((d) => (
            <DialogueListItem key={d.id} d={d} convenerZone={zones[d.id] ?? null} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** A dialogue in a list: its title (a link), status, format and sites, and its start. */
export function DialogueListItem({
  d,
  convenerZone,
}: {
  d: DialogueSummary;
  /** The convener's site: its city and zone, when known. */
  convenerZone: { city: string; timeZone: string } | null;
}) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const viewerZone = useViewerZone();
  const title = localized(d.title, locale, d.defaultLocale);
  return (
    <li className="dialogue-item">
      <h3>
        <Link to={pageHref.dialogue(d.id)}>{title}</Link>
      </h3>
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
          {convenerZone && convenerZone.timeZone !== viewerZone ? (
            <div>
              <dt>{t('list.convenerTime', { city: convenerZone.city })}</dt>
              <dd>{formatInstant(d.startsAt, convenerZone.timeZone, locale)}</dd>
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
