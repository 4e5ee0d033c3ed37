/**
 * The keyboard of a list-autocomplete combobox (WAI-ARIA APG): arrows move the active option,
 * wrapping at the ends; Home and End jump; Enter chooses the active option, or the only one;
 * Escape closes. Pure, so the component stays a thin layer over it.
 */
export type ComboboxAction =
  | { type: 'move'; active: number }
  | { type: 'choose'; index: number }
  | { type: 'close' }
  | { type: 'none' };

export function comboboxKey(key: string, active: number, count: number, open: boolean): ComboboxAction {
  if (count === 0) return key === 'Escape' && open ? { type: 'close' } : { type: 'none' };
  switch (key) {
    case 'ArrowDown':
      return { type: 'move', active: !open || active >= count - 1 ? 0 : active + 1 };
    case 'ArrowUp':
      return { type: 'move', active: !open || active <= 0 ? count - 1 : active - 1 };
    case 'Home':
      return open ? { type: 'move', active: 0 } : { type: 'none' };
    case 'End':
      return open ? { type: 'move', active: count - 1 } : { type: 'none' };
    case 'Enter':
      if (!open) return { type: 'none' };
      if (active >= 0) return { type: 'choose', index: active };
      return count === 1 ? { type: 'choose', index: 0 } : { type: 'none' };
    case 'Escape':
      return open ? { type: 'close' } : { type: 'none' };
    default:
      return { type: 'none' };
  }
}
