import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/index.js';

/**
 * "Copy as text": puts the text on the clipboard and says so. Where the browser refuses (no
 * permission, a page served without HTTPS), the text appears selected in a box to copy by hand.
 */
export function RecordCopyText({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation('dialogue-record');
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const boxId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <div className="copy-text">
      <div className="button-row">
        <Button variant="secondary" onClick={() => void copy()}>
          {label}
        </Button>
        <p role="status" className="muted inline-status">
          {state === 'copied' ? t('copy.done') : state === 'manual' ? t('copy.manual') : ''}
        </p>
      </div>
      {state === 'manual' ? (
        <>
          <label htmlFor={boxId} className="visually-hidden">
            {label}
          </label>
          <textarea
            id={boxId}
            readOnly
            rows={Math.min(16, text.split('\n').length + 1)}
            className="copy-box"
            value={text}
            ref={(box) => box?.select()}
          />
        </>
      ) : null}
    </div>
  );
}
