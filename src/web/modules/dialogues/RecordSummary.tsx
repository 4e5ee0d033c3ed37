import { useTranslation } from 'react-i18next';
import type { DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { Table } from '../../components/ui/index.js';
import { summaryPath } from './record-paths.js';
import { useDialogueText } from './record-text.js';

/** The dialogue's summary (the API answers with an empty one while nothing is written). */
export function useSummary(dialogueId: string) {
  return useApi<DialogueSummaryResult>(summaryPath(dialogueId, useLocale()));
}

/** True when anything of the summary is written: highlights, a topic, or a site's attendance. */
export function hasSummary(s: DialogueSummaryResult | undefined): s is DialogueSummaryResult {
  if (!s) return false;
  return (
    Object.values(s.highlights).some((text) => !!text?.trim()) ||
    s.topics.length > 0 ||
    s.attendance.total !== null
  );
}

/**
 * The summary as read: highlights, key ideas under their topics with the dimension or sector
 * they are tagged to, and attendance per site. Headings start at h2 (h3 for topics).
 */
export function SummaryContent({ s, defaultLocale }: { s: DialogueSummaryResult; defaultLocale: string }) {
  const { t } = useTranslation('dialogue-record');
  const text = useDialogueText(defaultLocale);
  const highlights = text(s.highlights);
  // Only conveners receive an unpublished summary from the API, so only they see this notice.
  const draft = s.status !== 'summarised' && (highlights !== null || s.topics.length > 0);
  return (
    <>
      {draft ? <p className="field-hint">{t('summary.draftNotice')}</p> : null}
      {highlights ? (
        <section aria-labelledby="highlights-heading" className="section">
          <h2 id="highlights-heading">{t('summary.highlights')}</h2>
          <p className="prose" lang={highlights.locale} dir="auto">
            {highlights.text}
          </p>
        </section>
      ) : null}
      {s.topics.length > 0 ? (
        <section aria-labelledby="ideas-heading" className="section">
          <h2 id="ideas-heading">{t('summary.keyIdeas')}</h2>
          {s.topics.map((topic) => {
            const title = text(topic.title);
            return (
              <section key={topic.id} className="summary-topic" aria-labelledby={`topic-${topic.id}`}>
                <h3 id={`topic-${topic.id}`} lang={title?.locale} dir="auto">
                  {title?.text ?? t('summary.untitledTopic')}
                </h3>
                <ul className="summary-ideas">
                  {topic.ideas.map((idea) => {
                    const said = text(idea.text);
                    const tags = [idea.dimension, idea.sector].filter((tag) => tag !== null);
                    return (
                      <li key={idea.id}>
                        <span lang={said?.locale} dir="auto">
                          {said?.text}
                        </span>
                        {tags.length > 0 ? (
                          <ul className="chips" aria-label={t('summary.tags')}>
                            {idea.dimension ? (
                              <li>{t('summary.dimensionTag', { label: idea.dimension.label })}</li>
                            ) : null}
                            {idea.sector ? (
                              <li>
                                {t('summary.sectorTag', { code: idea.sector.code, label: idea.sector.label })}
                              </li>
                            ) : null}
                          </ul>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </section>
      ) : null}
      {s.attendance.total !== null ? <SummaryAttendanceTable s={s} /> : null}
    </>
  );
}

type SiteCount = DialogueSummaryResult['attendance']['sites'][number];

/** Attendance per site, and the total. */
function SummaryAttendanceTable({ s }: { s: DialogueSummaryResult }) {
  const { t } = useTranslation('dialogue-record');
  const rows: SiteCount[] = [
    ...s.attendance.sites,
    { siteId: 'total', city: t('attendance.total'), attendees: s.attendance.total },
  ];
  return (
    <section aria-labelledby="attendance-heading" className="section">
      <h2 id="attendance-heading">{t('attendance.heading')}</h2>
      <Table<SiteCount>
        caption={t('attendance.caption')}
        captionHidden
        rows={rows}
        rowKey={(r) => r.siteId}
        columns={[
          { key: 'site', header: t('attendance.site'), rowHeader: true, render: (r) => r.city },
          {
            key: 'count',
            header: t('attendance.attendees'),
            render: (r) => (r.attendees === null ? t('attendance.unknown') : r.attendees),
          },
        ]}
      />
    </section>
  );
}
