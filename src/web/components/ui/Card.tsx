import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface CardProps {
  title: string;
  /** When set, the title is a link and the whole card is clickable. */
  to?: string;
  badge?: string;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}

/** A titled box; linked cards keep a single link (the title) so screen readers hear it once. */
export function Card({ title, to, badge, headingLevel = 2, children }: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={to ? 'card card-linked' : 'card'}>
      <Heading className="card-title">{to ? <Link to={to}>{title}</Link> : title}</Heading>
      {badge ? <p className="badge">{badge}</p> : null}
      {children}
    </section>
  );
}
