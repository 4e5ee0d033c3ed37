import type { ReactNode } from 'react';

/** A description list of facts, leaving out those with no value. */
export function Facts({ facts }: { facts: [label: string, value: ReactNode][] }) {
  return (
    <dl className="details">
      {facts
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Codes with their names as a list ("16010 Social Protection"), or nothing when empty. */
export function CodeList({
  items,
  showCode = true,
}: {
  items: { code: string; name: string }[];
  showCode?: boolean;
}) {
  if (items.length === 0) return null;
  return (
    <ul>
      {items.map((i) => (
        <li key={i.code}>
          {showCode && i.name !== i.code ? (
            <>
              <strong>{i.code}</strong> {i.name}
            </>
          ) : (
            i.name
          )}
        </li>
      ))}
    </ul>
  );
}
