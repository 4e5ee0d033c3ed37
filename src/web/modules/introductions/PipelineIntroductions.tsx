import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PipelineItem } from './PipelineItem.js';
import { PIPELINE_GROUPS, type PipelineEntry, type PipelineGroup } from './pipeline-model.js';

/** The reader's introductions in four groups: waiting for them first, then the others, agreed, closed. */
export function PipelineIntroductions({ groups }: { groups: Record<PipelineGroup, PipelineEntry[]> }) {
  const { t } = useTranslation('introductions');
  const headingId = useId();
  const total = PIPELINE_GROUPS.reduce((n, g) => n + groups[g].length, 0);
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('pipeline.introductions')}</h2>
      {total === 0 ? (
        <p>{t('pipeline.noIntroductions')}</p>
      ) : (
        PIPELINE_GROUPS.map((g) =>
          groups[g].length === 0 ? (
            g === 'waitingForMe' ? (
              <p key={g} className="muted">
                {t('pipeline.nothingForYou')}
              </p>
            ) : null
          ) : (
            <section key={g} aria-labelledby={`${headingId}-${g}`}>
              <h3 id={`${headingId}-${g}`}>
                {t(`pipeline.groups.${g}`)} <span className="badge">{groups[g].length}</span>
              </h3>
              <ul className="intro-list">
                {groups[g].map((entry) => (
                  <PipelineItem key={entry.introduction.id} entry={entry} />
                ))}
              </ul>
            </section>
          ),
        )
      )}
    </section>
  );
}
