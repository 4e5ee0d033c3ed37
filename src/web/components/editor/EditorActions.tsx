import type { ReactNode } from 'react';
import './editor.css';

/** The editor's buttons and save status, stuck to the window's bottom so saving stays in reach on a long form. */
export function EditorActions({ children }: { children: ReactNode }) {
  return <div className="editor-actions">{children}</div>;
}
