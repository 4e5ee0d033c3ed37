import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { api } from '../../api/client.js';
import { INBOX_CHANGED, isDue } from './unread-count.js';

/**
 * The signed-in person's unread count, asked when the header first shows, after a route change
 * and when the window regains focus (each at most once per UNREAD_MIN_GAP_MS), and at once when
 * the inbox marks notifications read. No polling: a tab left open costs nothing.
 */
export function useUnreadCount(): number {
  const [count, setCount] = useState(0);
  const { pathname } = useLocation();
  const lastAt = useRef<number | null>(null);
  const running = useRef<AbortController | null>(null);

  const refresh = useCallback((force: boolean) => {
    const now = Date.now();
    if (!force && !isDue(lastAt.current, now)) return;
    lastAt.current = now;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    api.get<{ unread: number }>('/notifications/unread-count', controller.signal).then(
      (r) => setCount(r.unread),
      // Offline, aborted or signed out meanwhile: keep the last count; the next ask corrects it.
      () => undefined,
    );
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input
  useEffect(() => refresh(false), [pathname, refresh]);

  useEffect(() => {
    const onFocus = () => refresh(false);
    const onChange = () => refresh(true);
    window.addEventListener('focus', onFocus);
    window.addEventListener(INBOX_CHANGED, onChange);
    return () => {
      window.removeEventListener('focus', onFocus);
      window.removeEventListener(INBOX_CHANGED, onChange);
      running.current?.abort();
    };
  }, [refresh]);

  return count;
}
