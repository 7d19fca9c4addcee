import { useId } from 'react';

/** A page-unique id usable inside SVG `url(#…)` references (React's ids contain characters url() rejects). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}
