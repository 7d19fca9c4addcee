import { useEffect, useRef } from 'react';

/**
 * Calls `tick` once per animation frame while `running` is true; `tick` returns false to stop.
 * Training work inside `tick` is kept small (a slice of epochs), so the page keeps painting between slices.
 */
export function useFrameLoop(running: boolean, tick: () => boolean, onStop: () => void): void {
  const tickRef = useRef(tick);
  const stopRef = useRef(onStop);
  tickRef.current = tick;
  stopRef.current = onStop;
  useEffect(() => {
    if (!running) return;
    let id = 0;
    const frame = () => {
      if (tickRef.current()) id = requestAnimationFrame(frame);
      else stopRef.current();
    };
    id = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(id);
  }, [running]);
}
