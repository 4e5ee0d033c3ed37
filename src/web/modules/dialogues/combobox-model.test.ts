import { describe, expect, it } from 'vitest';
import { comboboxKey } from './combobox-model.js';

describe('comboboxKey', () => {
  it('moves the active option with the arrows, wrapping at both ends', () => {
    expect(comboboxKey('ArrowDown', -1, 3, true)).toEqual({ type: 'move', active: 0 });
    expect(comboboxKey('ArrowDown', 1, 3, true)).toEqual({ type: 'move', active: 2 });
    expect(comboboxKey('ArrowDown', 2, 3, true)).toEqual({ type: 'move', active: 0 });
    expect(comboboxKey('ArrowUp', 0, 3, true)).toEqual({ type: 'move', active: 2 });
    expect(comboboxKey('ArrowUp', -1, 3, true)).toEqual({ type: 'move', active: 2 });
    expect(comboboxKey('Home', 2, 3, true)).toEqual({ type: 'move', active: 0 });
    expect(comboboxKey('End', 0, 3, true)).toEqual({ type: 'move', active: 2 });
  });

  it('chooses the active option with Enter, or the only one', () => {
    expect(comboboxKey('Enter', 1, 3, true)).toEqual({ type: 'choose', index: 1 });
    expect(comboboxKey('Enter', -1, 1, true)).toEqual({ type: 'choose', index: 0 });
    expect(comboboxKey('Enter', -1, 3, true)).toEqual({ type: 'none' });
  });

  it('closes with Escape and leaves other keys (and a closed list’s Enter) to the browser', () => {
    expect(comboboxKey('Escape', 0, 3, true)).toEqual({ type: 'close' });
    expect(comboboxKey('Escape', -1, 0, true)).toEqual({ type: 'close' });
    expect(comboboxKey('Escape', -1, 3, false)).toEqual({ type: 'none' });
    expect(comboboxKey('Enter', -1, 3, false)).toEqual({ type: 'none' });
    expect(comboboxKey('a', 0, 3, true)).toEqual({ type: 'none' });
    expect(comboboxKey('ArrowDown', -1, 0, true)).toEqual({ type: 'none' });
  });
});
