import { Text } from 'ink';
import { LEGEND_GAP, type LegendLayout } from '../chart/legend.js';

/** One entry of a legend: its words and the colour of its line. */
interface LegendItem {
  readonly text: string;
  readonly color: string;
}

interface Props {
  readonly items: readonly LegendItem[];
  /** Where each item goes (`layoutLegend` over the items' texts, which also tells the caller how many rows it takes). */
  readonly layout: LegendLayout;
  /** What ends the last row when items are left out (`+3 more`). */
  readonly more: (left: number) => string;
}

const gap = ' '.repeat(LEGEND_GAP);

/** A chart's legend in the rows `layout` gives: each item in its line's colour, then how many were left out. */
export function Legend({ items, layout, more }: Props) {
  return layout.rows.map((row, r) => {
    const last = r === layout.rows.length - 1;
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions, redrawn whole
      <Text key={r} wrap="truncate">
        {row.map((i, k) => (
          <Text key={i} color={items[i]!.color}>
            {k > 0 ? gap : ''}
            {items[i]!.text}
          </Text>
        ))}
        {last && layout.left > 0 ? (
          <Text color="gray">
            {row.length > 0 ? gap : ''}
            {more(layout.left)}
          </Text>
        ) : null}
      </Text>
    );
  });
}
