import { type ReactNode, useRef } from 'react';
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
}

/** An SVG with a viewBox that scales to its container, axis titles, and a plot area translated by the margins. */
export function Frame({
  width,
  height,
  margins = DEFAULT_MARGINS,
  label,
  xLabel,
  yLabel,
  children,
  svgProps,
  role = 'img',
}: FrameProps) {
  const innerW = width - margins.left - margins.right;
  const innerH = height - margins.top - margins.bottom;
  const ref = useRef<SVGSVGElement>(null);
  // tick labels and axis titles are sized in CSS by this factor, so a chart shrunk onto a phone keeps them legible
  const fontScale = useFontScale(ref, width);
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
          transform={`translate(12,${margins.top + innerH / 2}) rotate(-90)`}
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
