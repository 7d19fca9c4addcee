import { useEffect, useState } from 'react';
import type { TrainSession } from '../session/train-session.js';

/** Re-renders whenever the session reports a change (the session itself caps this at one per frame). */
export function useSession(session: TrainSession): number {
  const [frame, setFrame] = useState(0);
  useEffect(() => session.subscribe(() => setFrame((f) => f + 1)), [session]);
  return frame;
}
