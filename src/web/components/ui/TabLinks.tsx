import { Link } from 'react-router';

export interface TabLink {
  key: string;
  to: string;
  label: string;
  current: boolean;
}

/**
 * Tabs that are links: each tab is an address to share and to come back to, and the one shown is
 * marked as the current page for screen readers.
 */
export function TabLinks({ label, tabs }: { label: string; tabs: readonly TabLink[] }) {
  return (
    <nav aria-label={label}>
      <ul className="tabs">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link to={tab.to} aria-current={tab.current ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
