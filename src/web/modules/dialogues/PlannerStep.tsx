import type { ReactNode } from 'react';

/** One step of the planner under its own heading, with an id the step list links to. */
export function PlannerStep({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="planner-step" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
