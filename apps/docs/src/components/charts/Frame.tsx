import { type ReactNode, type RefObject, useRef } from 'react';
import { useFontScale } from '../../hooks/use-font-scale';

/** Inner margins of a chart, in SVG units. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The margins most charts here use: room for y tick labels on the left and an axis title below. */
export const DEFAULT_MARGINS: Margins = { top: 12, right: 16, bottom: 40, left: 56 };

/**
 * A chart's font scale (see useFontScale) with the margins and plot size that leave room for its scaled text: tick
 * labels and axis titles grow with the scale, so the margins that hold them grow with it too, or they overlap.
 */
export interface ChartLayout {
  ref: RefObject<SVGSVGElement | null>;
  fontScale: number;
  margins: Margins;
  w: number;
  h: number;
}

/** Measures a chart's font scale and lays out its plot inside DEFAULT_MARGINS grown by that scale; pass it to Frame. */
export function useChartLayout(width: number, height: number): ChartLayout {
  const ref = useRef<SVGSVGElement>(null);
  const fontScale = useFontScale(ref, width);
  const m = DEFAULT_MARGINS;
  const margins = {
    top: m.top * fontScale,
    right: m.right * fontScale,
    bottom: m.bottom * fontScale,
    left: m.left * fontScale,
  };
  return { ref, fontScale, margins, ...innerSize(width, height, margins) };
}

/** Props of a Frame. */
export interface FrameProps {
  width: number;
  height: number;
  margins?: Margins;
  /** Accessible name of the chart. */
  label: string;
  /** Axis titles. */
  xLabel?: string;
  yLabel?: string;
  children: ReactNode;
  /** Extra props for the root svg (pointer handlers of interactive charts). */
  svgProps?: React.SVGProps<SVGSVGElement>;
  /** 'img' for a picture; 'group' when the chart holds focusable controls, whose roles an img would hide. @default 'img' */
  role?: 'img' | 'group';
  /** The chart's useChartLayout, whose margins replace `margins`; without it the margins stay as given. */
  layout?: ChartLayout;
}

/** An SVG with a viewBox that scales to its container, axis titles, and a plot area translated by the margins. */
export function Frame({
  width,
  height,
  margins: fixedMargins = DEFAULT_MARGINS,
  label,
  xLabel,
  yLabel,
  children,
  svgProps,
  role = 'img',
  layout,
}: FrameProps) {
  const ownRef = useRef<SVGSVGElement>(null);
  // tick labels and axis titles are sized in CSS by this factor, so a chart shrunk onto a phone keeps them legible
  // (measured here unless the chart measured it already, its ref then on the svg instead of ownRef)
  const ownScale = useFontScale(ownRef, width);
  const ref = layout?.ref ?? ownRef;
  const fontScale = layout?.fontScale ?? ownScale;
  const margins = layout?.margins ?? fixedMargins;
  const innerW = width - margins.left - margins.right;
  const innerH = height - margins.top - margins.bottom;
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${width} ${height}`}
      role={role}
      aria-label={label}
      {...svgProps}
      style={{ ...svgProps?.style, ['--nl-font-scale' as string]: fontScale }}
    >
      <g transform={`translate(${margins.left},${margins.top})`}>{children}</g>
      {xLabel && (
        <text x={margins.left + innerW / 2} y={height - 4} textAnchor="middle" className="nl-axis-title">
          {xLabel}
        </text>
      )}
      {yLabel && (
        <text
          transform={`translate(${12 * fontScale},${margins.top + innerH / 2}) rotate(-90)`}
          textAnchor="middle"
          className="nl-axis-title"
        >
          {yLabel}
        </text>
      )}
    </svg>
  );
}

/** Width and height of the plot area inside a frame. */
export function innerSize(width: number, height: number, margins: Margins = DEFAULT_MARGINS) {
  return { w: width - margins.left - margins.right, h: height - margins.top - margins.bottom };
}
