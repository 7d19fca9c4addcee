import { type RefObject, useEffect, useRef, useState } from 'react';

/** Props of LiveStatus. */
export interface LiveStatusProps {
  /** Whether the run is training now. */
  running: boolean;
  /** The visible readout whose text is announced. */
  source: RefObject<HTMLElement | null>;
}

/**
 * A screen-reader-only status line that speaks the readout when a run pauses or finishes, never every frame: the
 * visible readout changes 60 times a second while training and carries no aria-live of its own.
 */
export function LiveStatus({ running, source }: LiveStatusProps) {
  const [said, setSaid] = useState('');
  const wasRunning = useRef(running);
  useEffect(() => {
    // announce on the step from running to stopped (a pause, the last epoch, or a divergence)
    if (wasRunning.current && !running) setSaid(source.current?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    wasRunning.current = running;
  }, [running, source]);
  return (
    <span className="sr-only" role="status" data-testid="live-status">
      {said}
    </span>
  );
}
