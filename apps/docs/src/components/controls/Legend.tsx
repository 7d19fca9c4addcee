/** Props of Legend. */
export interface LegendProps {
  items: readonly { label: string; color: string; dashed?: boolean }[];
}

/** A row of line swatches with their names. */
export function Legend({ items }: LegendProps) {
  return (
    <div className="nl-legend">
      {items.map((i) => (
        <span key={i.label} className={i.dashed ? 'dashed' : undefined} style={{ ['--swatch' as string]: i.color }}>
          {i.label}
        </span>
      ))}
    </div>
  );
}
