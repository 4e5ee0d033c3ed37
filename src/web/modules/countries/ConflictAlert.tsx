import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../../components/ui/index.js';
import { useTimeFormat } from './format.js';
import type { Theirs } from './use-profile-draft.js';

/**
 * Someone saved the draft after this editor started from it. Both versions are safe (theirs on
 * the server, these edits on this device); the user chooses which one continues.
 */
export function ConflictAlert({
  theirs,
  onLoadTheirs,
  onKeepMine,
}: {
  theirs: Theirs | null;
  onLoadTheirs: () => Promise<unknown>;
  onKeepMine: () => Promise<unknown>;
}) {
  const { t } = useTranslation('countries');
  const formatTime = useTimeFormat();
  const [busy, setBusy] = useState<'theirs' | 'mine' | null>(null);
  const run = (which: 'theirs' | 'mine', action: () => Promise<unknown>) => {
    setBusy(which);
    action().finally(() => setBusy(null));
  };
  const who = theirs?.updatedBy;
  const when = theirs ? formatTime(new Date(theirs.updatedAt)) : null;
  return (
    <Alert tone="warning" title={t('conflict.title')}>
      <p>
        {who && when
          ? t('conflict.textNamed', { name: who, time: when })
          : when
            ? t('conflict.textTime', { time: when })
            : t('conflict.text')}
      </p>
      <p>{t('conflict.kept')}</p>
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
        <Button busy={busy === 'mine'} onClick={() => run('mine', onKeepMine)}>
          {t('conflict.keepMine')}
        </Button>
      </div>
    </Alert>
  );
}
