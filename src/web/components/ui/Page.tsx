import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// The first page of a visit keeps focus at the top (the skip link comes first); after a
// client-side navigation focus moves to the new heading, as a full page load would announce it.
let firstPageShown = false;

export interface PageProps {
  title: string;
  /** A short paragraph under the heading. */
  intro?: ReactNode;
  /** Buttons or links beside the heading (edit, new…). */
  actions?: ReactNode;
  /** Content above the heading, e.g. a back link. */
  before?: ReactNode;
  narrow?: boolean;
  children?: ReactNode;
}

/** One page: sets the document title, renders the single h1 and takes focus after navigation. */
export function Page({ title, intro, actions, before, narrow = false, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <div className={narrow ? 'page page-narrow' : 'page'}>
      {before}
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {intro ? <div className="page-intro">{intro}</div> : null}
      {children}
    </div>
  );
}

/** A polite "loading" line for content that is on its way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('status.loading')}
    </p>
  );
}
