import { Link } from 'react-router';

/** One filter in use: what it says, and the address of the list without it. */
export interface FilterChip {
  key: string;
  label: string;
  to: string;
}

/**
 * The filters in use as chips, each with a link that removes it, and a link clearing them all
 * (the library's and the marketplace's lists). Links, not buttons: each is the address of the
 * list without that filter, so back brings it back.
 */
export function ActiveFilterChips({
  chips,
  clearTo,
  labels,
}: {
  chips: readonly FilterChip[];
  clearTo: string;
  labels: { heading: string; clear: string; remove: (filter: string) => string };
}) {
  if (chips.length === 0) return null;
  return (
    <div className="active-filters">
      <h3 className="visually-hidden">{labels.heading}</h3>
      <ul className="chips">
        {chips.map((chip) => (
          <li key={chip.key}>
            <span>{chip.label}</span>
            <Link to={chip.to} className="chip-remove" aria-label={labels.remove(chip.label)}>
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link to={clearTo}>{labels.clear}</Link>
    </div>
  );
}
