import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dialogue } from '../../../shared/contracts/dialogues.js';
import { Facts } from '../../components/ui/index.js';
import { formatMinutes, useViewerTime } from './record-format.js';
import { fileHref, pageHref } from './record-paths.js';
import { useDialogueText } from './record-text.js';

/**
 * Status (a cancelled dialogue says so first), convener, format, length, start on the reader's
 * clock, sites, and the dialogue this one follows (when the reader may see it).
 */
export function RecordFacts({ d }: { d: Dialogue }) {
  const { t } = useTranslation(['dialogue-record', 'dialogues']);
  const viewer = useViewerTime();
  const units = { h: t('units.h'), min: t('units.min') };
  const status = d.cancelledAt ? t('dialogues:status.cancelled') : t(`dialogues:status.${d.status}`);
  return (
    <>
      {d.cancelledAt ? <p className="badge dialogue-cancelled">{t('facts.cancelledNotice')}</p> : null}
      <Facts
        facts={[
          [t('facts.status'), status],
          [
            t('facts.convener'),
            <Link key="c" to={`/organisations/${d.convenerOrganisation.id}`}>
              {d.convenerOrganisation.name}
            </Link>,
          ],
          [t('facts.format'), t(`dialogues:format.${d.format}`)],
          [t('facts.duration'), formatMinutes(d.durationMinutes, units)],
          [
            t('facts.start'),
            d.startsAt
              ? t('facts.startYours', { time: viewer.full(d.startsAt), zone: viewer.zone })
              : t('facts.notScheduled'),
          ],
          [t('facts.sites'), d.sites.map((s) => s.city).join(', ')],
          [t('facts.follows'), d.follows ? <FollowsLink key="f" follows={d.follows} /> : null],
        ]}
      />
      {d.startsAt && !d.cancelledAt ? (
        <p>
          <a href={fileHref.calendar(d.id)} download>
            {t('facts.addToCalendar')}
          </a>
        </p>
      ) : null}
    </>
  );
}

/** A link to the dialogue this one grew from, under its title in the reader's language. */
function FollowsLink({ follows }: { follows: NonNullable<Dialogue['follows']> }) {
  const { t } = useTranslation('dialogue-record');
  const title = useDialogueText(follows.defaultLocale)(follows.title);
  return (
    <Link to={pageHref.dialogue(follows.id)} lang={title?.locale}>
      {title?.text ?? t('page.untitled')}
    </Link>
  );
}

/** The objectives, in the reader's language where written in it. */
export function RecordObjectives({ d }: { d: Dialogue }) {
  const { t } = useTranslation('dialogue-record');
  const text = useDialogueText(d.defaultLocale);
  const objectives = text(d.objectives);
  if (!objectives) return null;
  return (
    <section aria-labelledby="objectives-heading" className="section">
      <h2 id="objectives-heading">{t('objectives.heading')}</h2>
      <p className="prose" lang={objectives.locale} dir="auto">
        {objectives.text}
      </p>
    </section>
  );
}
