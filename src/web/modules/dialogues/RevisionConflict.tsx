import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/editor/ConflictAlert.js';

/**
 * Someone else saved the agenda or the summary after this editor loaded it (stale-save.ts):
 * the project's conflict notice, in the words of the part. Both versions are safe; the user loads
 * theirs or saves this one over it.
 */
export function RevisionConflict({
  part,
  onLoadTheirs,
  onKeepMine,
}: {
  part: 'agenda' | 'summary';
  onLoadTheirs: () => Promise<unknown>;
  onKeepMine: () => Promise<unknown>;
}) {
  const { t } = useTranslation('dialogues');
  const agenda = part === 'agenda';
  return (
    <ConflictAlert
      // A revision tells neither when nor by whom it was saved: the notice goes without them.
      theirs={null}
      texts={{
        title: agenda ? t('conflict.agendaTitle') : t('conflict.summaryTitle'),
        text: () => (agenda ? t('conflict.agendaText') : t('conflict.summaryText')),
        kept: t('conflict.kept'),
        loadTheirs: t('conflict.loadTheirs'),
        confirmTheirs: agenda ? t('conflict.agendaConfirm') : t('conflict.summaryConfirm'),
        keepMine: t('conflict.keepMine'),
        failed: t('conflict.failed'),
      }}
      onLoadTheirs={onLoadTheirs}
      onKeepMine={onKeepMine}
    />
  );
}
