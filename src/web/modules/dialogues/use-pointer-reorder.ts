import { type PointerEvent, useState } from 'react';

/**
 * Reordering a list by dragging a row's handle with a mouse, a pen or a finger (pointer events,
 * which behave the same everywhere, unlike HTML drag and drop on touch screens). The handle
 * captures the pointer; the row under it (marked `data-row-index`) is where the dragged row
 * lands when released. The move buttons remain the keyboard's way.
 */
export function usePointerReorder(onMove: (from: number, to: number) => void) {
  const [drag, setDrag] = useState<{ from: number; over: number } | null>(null);

  const overAt = (event: PointerEvent<HTMLElement>) => {
    const row = document
      .elementFromPoint(event.clientX, event.clientY)
      ?.closest<HTMLElement>('[data-row-index]');
    const index = row ? Number(row.dataset.rowIndex) : Number.NaN;
    return Number.isInteger(index) ? index : null;
  };

  const handle = (index: number) => ({
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      event.preventDefault(); // no text selection while dragging
      event.currentTarget.setPointerCapture?.(event.pointerId);
      setDrag({ from: index, over: index });
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (!drag) return;
      const over = overAt(event);
      if (over !== null && over !== drag.over) setDrag({ ...drag, over });
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      if (!drag) return;
      const to = overAt(event) ?? drag.over;
      setDrag(null);
      if (to !== drag.from) onMove(drag.from, to);
    },
    onPointerCancel: () => setDrag(null),
  });

  return {
    /** The row being dragged and the row it would land on, while a drag is under way. */
    drag,
    handle,
  };
}
