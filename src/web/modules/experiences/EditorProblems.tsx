import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldLabels } from './editor-labels.js';
import type { Problem } from './editor-model.js';

/** Moves focus to the first control inside an element (or the element itself), after scrolling to it. */
export function focusField(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const control = target.matches('input, select, textarea, button')
    ? target
    : target.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button');
  target.scrollIntoView({ block: 'start' });
  (control ?? target).focus({ preventScroll: true });
}

interface Props {
  title: string;
  problems: Problem[];
  labels: FieldLabels;
  /** Focus moves here when this changes to a new value (an explicit action failed), never while typing. */
  focusKey: unknown;
}

/**
 * The problems of a refused submission (or save), as an error summary: focused when it appears,
 * each item a link that moves focus to the field, where the same message stands beside it.
 */
export function EditorProblems({ title, problems, labels, focusKey }: Props) {
  const { t } = useTranslation('experience-editor');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey) box.current?.focus();
  }, [focusKey]);
  if (problems.length === 0) return null;

  const go = (event: MouseEvent<HTMLAnchorElement>, anchor: string) => {
    event.preventDefault();
    focusField(anchor);
  };

  return (
    <div ref={box} className="alert alert-error" role="alert" tabIndex={-1} aria-labelledby="problems-title">
      <p id="problems-title" className="alert-title">
        {title}
      </p>
      <p>{t('problems.intro', { count: problems.length })}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}:${p.message}`}>
            {p.anchor ? (
              <a href={`#${p.anchor}`} onClick={(e) => go(e, p.anchor ?? '')}>
                {labels.path(p.field)}
              </a>
            ) : (
              <strong>{labels.path(p.field)}</strong>
            )}
            {': '}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
