import { useEffect, useState } from 'react';

/** The time now (epoch ms), renewed every `everyMs`: for clocks that show a zone's time. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
