import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../../components/ui/index.js';
import { useTimeFormat } from '../countries/format.js';

/**
 * Someone saved the working copy after this editor started from it. Both versions are safe (theirs
 * on the server, these edits on this device); the user chooses which one continues.
 */
export function EditorConflict({
  theirsAt,
  onLoadTheirs,
  onOverwrite,
}: {
  theirsAt: string | null;
  onLoadTheirs: () => Promise<unknown>;
  onOverwrite: () => Promise<unknown>;
}) {
  const { t } = useTranslation('experience-editor');
  const formatTime = useTimeFormat();
  const [busy, setBusy] = useState<'theirs' | 'mine' | null>(null);
  const [failed, setFailed] = useState(false);
  const run = (which: 'theirs' | 'mine', action: () => Promise<unknown>) => {
    setBusy(which);
    setFailed(false);
    action()
      .catch(() => setFailed(true))
      .finally(() => setBusy(null));
  };
  return (
    <Alert tone="warning" title={t('conflict.title')}>
      <p>
        {theirsAt ? t('conflict.textTime', { time: formatTime(new Date(theirsAt)) }) : t('conflict.text')}
      </p>
      <p>{t('conflict.kept')}</p>
      {failed ? <p className="field-error">{t('conflict.failed')}</p> : null}
      <div className="button-row">
        <Button
          variant="secondary"
          busy={busy === 'theirs'}
          onClick={() => {
            if (window.confirm(t('conflict.confirmTheirs'))) run('theirs', onLoadTheirs);
          }}
        >
          {t('conflict.loadTheirs')}
        </Button>
        <Button busy={busy === 'mine'} onClick={() => run('mine', onOverwrite)}>
          {t('conflict.overwrite')}
        </Button>
      </div>
    </Alert>
  );
}
