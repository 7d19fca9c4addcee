import { useEffect, useState } from 'react';

/** The time in ms, refreshed every `ms` while `active` so the elapsed clock moves even when nothing else does. */
export function useNow(active: boolean, ms = 250): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => setNow(performance.now()), ms);
    return () => clearInterval(t);
  }, [active, ms]);
  return now;
}
