import { type ReactNode, useId, useState } from 'react';

export interface FacetFoldLabels {
  /** The panel's heading ("Filter the results"); hidden on a phone, where the button says it. */
  heading: string;
  /** The phone's button ("Filters", or "Filters (2 set)"). */
  toggle: string;
  /** Said while the counts are on their way. */
  loading: string;
  /** Said when the counts could not be had. */
  unavailable: string;
}

/**
 * The frame of a facet panel (the library's, the marketplace's): a heading and, on a phone, a
 * "Filters" button that unfolds the groups above the results, so the list comes first on a small
 * screen. Styled by library.css (`.facet-panel`, `.facet-toggle`, `.facet-groups`).
 */
export function FacetFold({
  labels,
  loading,
  failed,
  children,
}: {
  labels: FacetFoldLabels;
  loading: boolean;
  failed: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  return (
    <section className="facet-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="facet-heading">
        {labels.heading}
      </h2>
      <button
        type="button"
        className="disclosure-toggle facet-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        {labels.toggle}
        <span aria-hidden="true" className="caret">
          ▾
        </span>
      </button>
      <div id={panelId} className="facet-groups" data-open={open}>
        {loading && !failed ? (
          <p className="muted" role="status">
            {labels.loading}
          </p>
        ) : null}
        {failed ? <p className="muted">{labels.unavailable}</p> : null}
        {children}
      </div>
    </section>
  );
}
