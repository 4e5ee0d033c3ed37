import { Button } from '../ui/index.js';
import type { Rows } from './use-rows.js';

/** The words of a row's buttons, in the editor's own catalogue; `name` is the row's heading. */
export type RowActionText = (
  key: 'moveUp' | 'moveUpNamed' | 'moveDown' | 'moveDownNamed' | 'remove' | 'removeNamed' | 'confirmRemove',
  name: string,
) => string;

/**
 * Move up, move down and remove, for one row of a repeatable group. Each button is named after
 * the row for screen readers (a page holds many "Remove" buttons); a row with content is removed
 * only once the user confirms.
 */
export function RowActions<T>({
  rows,
  index,
  name,
  empty,
  text,
}: {
  rows: Rows<T>;
  index: number;
  name: string;
  /** True when the row holds nothing worth asking about. */
  empty: boolean;
  text: RowActionText;
}) {
  return (
    <div className="button-row">
      <Button
        variant="secondary"
        className="btn-small"
        disabled={index === 0}
        aria-label={text('moveUpNamed', name)}
        onClick={() => rows.move(index, -1)}
      >
        {text('moveUp', name)}
      </Button>
      <Button
        variant="secondary"
        className="btn-small"
        disabled={index === rows.count - 1}
        aria-label={text('moveDownNamed', name)}
        onClick={() => rows.move(index, 1)}
      >
        {text('moveDown', name)}
      </Button>
      <Button
        variant="danger"
        className="btn-small"
        aria-label={text('removeNamed', name)}
        onClick={() => {
          if (empty || window.confirm(text('confirmRemove', name))) rows.remove(index);
        }}
      >
        {text('remove', name)}
      </Button>
    </div>
  );
}
