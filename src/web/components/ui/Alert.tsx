import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  children?: ReactNode;
  /** Lets forms move focus here after a failed submit. */
  focusTarget?: boolean;
}

/** A message box; errors use role="alert" so they are announced at once, others a polite status. */
export function Alert({ tone = 'info', title, children, focusTarget = false }: AlertProps) {
  return (
    <div
      className={`alert alert-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={focusTarget ? -1 : undefined}
      data-error-summary={focusTarget || undefined}
    >
      {title ? <p className="alert-title">{title}</p> : null}
      {children}
    </div>
  );
}
