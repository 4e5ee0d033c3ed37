import { describe, expect, it, vi } from 'vitest';
import { draftText } from './draft-bindings.js';
import type { Draft } from './use-draft.js';

describe('draft bindings', () => {
  it('ties a text control to its draft value and to the API error of the same field', () => {
    const draft: Draft<{ message: string; send: boolean }> = {
      value: { message: 'Hello', send: true },
      update: vi.fn(),
      clear: vi.fn(),
      discard: vi.fn(),
      restored: false,
    };
    const props = draftText(
      draft,
      { fieldError: (f) => (f === 'message' ? 'Too long' : undefined) },
      'message',
    );
    expect(props).toMatchObject({ name: 'message', value: 'Hello', error: 'Too long' });
    props.onChange({ target: { value: 'Hi' } });
    expect(draft.update).toHaveBeenCalledWith({ message: 'Hi' });
  });
});
