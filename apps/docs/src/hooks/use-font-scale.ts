import { type RefObject, useEffect, useState } from 'react';

/**
 * How much an SVG drawn in a `viewBoxWidth`-wide viewBox is shrunk on screen (1 when shown at full size or larger):
 * text sized in viewBox units times this factor stays at its nominal pixel size on a phone.
 */
export function useFontScale(ref: RefObject<SVGSVGElement | null>, viewBoxWidth: number): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const measure = () => {
      const shown = svg.getBoundingClientRect().width;
      setScale(shown > 0 ? Math.max(1, viewBoxWidth / shown) : 1);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [ref, viewBoxWidth]);
  return scale;
}
