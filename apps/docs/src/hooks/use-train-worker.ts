import { type Remote, wrap } from 'comlink';
import { useEffect, useState } from 'react';
import type { PlaygroundWorker } from '../lib/train-worker';

/** The playground's training thread for as long as the component lives: started on mount, ended on unmount. */
export function useTrainWorker(): Remote<PlaygroundWorker> | null {
  const [remote, setRemote] = useState<Remote<PlaygroundWorker> | null>(null);
  useEffect(() => {
    const worker = new Worker(new URL('../lib/train-worker.ts', import.meta.url), { type: 'module' });
    setRemote(() => wrap<PlaygroundWorker>(worker));
    return () => worker.terminate();
  }, []);
  return remote;
}
