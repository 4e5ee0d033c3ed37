import { lazy, Suspense } from 'react';
import type { LinkedDialoguesProps } from './LinkedDialogues.js';

// The section's code, styles and words load with it, not with the page that shows it.
const LinkedDialogues = lazy(() => import('./LinkedDialogues.js'));

/**
 * The "Dialogues" section of an organisation's or a country's page, loaded on demand: the page
 * shows at once, and the section appears (or nothing, while it loads) once it is ready.
 */
export function LinkedDialoguesSection(props: LinkedDialoguesProps) {
  return (
    <Suspense fallback={null}>
      <LinkedDialogues {...props} />
    </Suspense>
  );
}
