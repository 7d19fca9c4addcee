import { useReducer } from 'react';

/** A function that re-renders the component: demos keep their training state in refs and redraw after each slice. */
export function useRedraw(): () => void {
  return useReducer((n: number) => n + 1, 0)[1] as () => void;
}
