import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../app/session.js';
import { badgeText } from './unread-count.js';
import { useUnreadCount } from './use-unread-count.js';
import './bell.css';

/**
 * The inbox link in the header, with the number of unread notifications. Signed-in people only;
 * it appears once its words are loaded and never holds up the frame.
 */
export function NotificationsBell() {
  const { user } = useSession();
  if (!user) return null;
  return (
    <Suspense fallback={null}>
      {/* Keyed by the person, so another sign-in on this tab starts from a fresh count. */}
      <Bell key={user.id} />
    </Suspense>
  );
}

function Bell() {
  const { t } = useTranslation('inbox');
  const count = useUnreadCount();
  return (
    <NavLink to="/notifications" end className="notifications-bell">
      <BellIcon />
      {/* The name in text rather than aria-label: translation tools and speech input read it too. */}
      <span className="visually-hidden">{count > 0 ? t('bell.unread', { count }) : t('bell.label')}</span>
      {count > 0 ? (
        <span className="badge" aria-hidden="true">
          {badgeText(count)}
        </span>
      ) : null}
    </NavLink>
  );
}

/** A bell drawn inline, like the language switcher's globe: no icon font, no extra request. */
function BellIcon() {
  return (
    <svg className="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
      <path
        d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4l2-2ZM10 20a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}
