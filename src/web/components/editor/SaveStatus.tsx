import { useTimeFormat } from '../../app/format.js';
import type { SaveState } from './autosave-draft.js';
import './editor.css';

/**
 * Where the edits are: unsaved (kept on this device), saving, saved at a time, or not saved and
 * why. The words are the editor's own: `text` gets the state's kind and, once saved, the time.
 */
export function SaveStatus({
  state,
  text,
}: {
  state: SaveState;
  text: (kind: SaveState['kind'], time?: string) => string;
}) {
  const formatTime = useTimeFormat();
  return (
    <p className="save-status" role="status">
      {text(state.kind, state.kind === 'saved' ? formatTime(state.at) : undefined)}
    </p>
  );
}
