import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Me, Session } from '../../shared/contracts/accounts.js';
import { isLocale } from '../../shared/locales.js';
import { api, setCsrfToken } from '../api/client.js';
import { changeLocale } from './i18n.js';

const SIGNED_OUT: Session = { user: null, csrfToken: null, abilities: {} };

export interface SessionValue {
  session: Session;
  user: Me | null;
  /** False until the first /auth/session answer; pages that need a user wait for it. */
  ready: boolean;
  /** True when the session's platform abilities allow the action; the UI never looks at roles. */
  can: (action: string) => boolean;
  setSession: (session: Session) => void;
  updateUser: (user: Me) => void;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Loads the session once, keeps the CSRF token current and follows the user's language. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<Session>(SIGNED_OUT);
  const [ready, setReady] = useState(false);

  const setSession = useCallback((next: Session) => {
    setCsrfToken(next.csrfToken);
    setSessionState(next);
    // A signed-in user's saved language wins; the switcher saves changes to the profile.
    if (next.user && isLocale(next.user.locale)) void changeLocale(next.user.locale);
  }, []);

  const refresh = useCallback(async () => {
    try {
      setSession(await api.get<Session>('/auth/session'));
    } catch {
      setSession(SIGNED_OUT); // offline or server down: browse as a visitor rather than block
    } finally {
      setReady(true);
    }
  }, [setSession]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo<SessionValue>(
    () => ({
      session,
      user: session.user,
      ready,
      can: (action) => session.abilities[action] === true,
      setSession,
      updateUser: (user) => setSessionState((prev) => ({ ...prev, user })),
      refresh,
      signOut: async () => {
        try {
          await api.post('/auth/logout');
        } finally {
          // A full load of the home page: nothing the previous user's pages held in memory
          // (lists, a token just shown) survives on a shared computer.
          window.location.assign('/');
        }
      },
    }),
    [session, ready, setSession, refresh],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session and its actions. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
