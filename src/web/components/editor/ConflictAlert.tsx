import { useState } from 'react';
import { useTimeFormat } from '../../app/format.js';
import { Alert, Button } from '../ui/index.js';
import type { Version } from './autosave-draft.js';

/** The conflict notice in the editor's own words. */
export interface ConflictTexts {
  title: string;
  /** What happened, told with what is known of the other save: its time, who made it. */
  text: (known: { time: string | null; name: string | null }) => string;
  /** That both versions are safe, and what each button does. */
  kept: string;
  loadTheirs: string;
  /** Asked before this device's edits are thrown away. */
  confirmTheirs: string;
  keepMine: string;
  /** Said when loading or saving failed (the buttons can be tried again either way). */
  failed?: string | undefined;
}

/**
 * Someone saved after this editor started from their copy. Both versions are safe (theirs on the
 * server, these edits on this device); the user chooses which one continues.
 */
export function ConflictAlert({
  theirs,
  texts,
  onLoadTheirs,
  onKeepMine,
}: {
  theirs: Version | null;
  texts: ConflictTexts;
  onLoadTheirs: () => Promise<unknown>;
  onKeepMine: () => Promise<unknown>;
}) {
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
  const time = theirs?.updatedAt ? formatTime(new Date(theirs.updatedAt)) : null;
  return (
    <Alert tone="warning" title={texts.title}>
      <p>{texts.text({ time, name: theirs?.updatedBy ?? null })}</p>
      <p>{texts.kept}</p>
      {failed && texts.failed ? <p className="field-error">{texts.failed}</p> : null}
      <div className="button-row">
        <Button
          variant="secondary"
          busy={busy === 'theirs'}
          onClick={() => {
            if (window.confirm(texts.confirmTheirs)) run('theirs', onLoadTheirs);
          }}
        >
          {texts.loadTheirs}
        </Button>
        <Button busy={busy === 'mine'} onClick={() => run('mine', onKeepMine)}>
          {texts.keepMine}
        </Button>
      </div>
    </Alert>
  );
}
