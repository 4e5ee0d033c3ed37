import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

export interface DisclosureProps {
  /** Content of the toggle button. */
  label: ReactNode;
  /** Accessible name when the label alone is ambiguous (e.g. only a language name). */
  ariaLabel?: string;
  /** Renders the panel; `close` lets an item close it after acting. */
  children: (close: () => void) => ReactNode;
}

/**
 * A button that shows and hides a panel of links or buttons (the disclosure pattern, simpler and
 * more robust than an ARIA menu). Escape closes it and returns focus; so does clicking elsewhere.
 */
export function Disclosure({ label, ariaLabel, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    // Tabbing out of the panel closes it too, so it never hides the page behind keyboard focus.
    const onFocusOut = (event: FocusEvent) => {
      if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
    };
    const node = root.current;
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    node?.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
      node?.removeEventListener('focusout', onFocusOut);
    };
  }, [open]);

  return (
    <div className="disclosure" ref={root}>
      <button
        ref={button}
        type="button"
        className="disclosure-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={ariaLabel}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        <span aria-hidden="true" className="caret">
          ▾
        </span>
      </button>
      <div id={panelId} className="disclosure-panel" hidden={!open}>
        {children(() => setOpen(false))}
      </div>
    </div>
  );
}
