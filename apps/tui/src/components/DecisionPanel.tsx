import { Text } from 'ink';
import type { RegionMap } from '../chart/heatmap.js';
import { CLASS_COLORS, classMark, classTexture, heatmap } from '../chart/heatmap.js';
import { monochrome } from '../color.js';
import { useMessages } from '../i18n/use-messages.js';
import { CellRows } from './CellRows.js';
import { Panel } from './Panel.js';

/** A 2-D classification to draw: the points and a way to ask for the shown model's class probabilities. */
export interface DecisionChart {
  readonly kind: 'classification';
  readonly xRange: readonly [number, number];
  readonly yRange: readonly [number, number];
  /** Points (n × 2, raw units) and their class indices. */
  readonly points: { readonly x: Float64Array; readonly labels: ArrayLike<number>; readonly n: number };
  readonly classNames: readonly string[];
  /** Columns of a region map: 1 (P(class 1)) for binary, k for k classes. */
  readonly outputs: number;
  /**
   * The class probabilities over a px × py grid of the ranges from the model at the shown epoch, or null while none
   * has come; just after a resize, the latest map of another size.
   */
  readonly regions: (px: number, py: number) => RegionMap | null;
}

/** The decision regions as a coloured heatmap with the samples drawn on top (textures and marks without colour). */
export function DecisionPanel({ chart, width, height }: { chart: DecisionChart; width: number; height: number }) {
  const t = useMessages().decision;
  const [cols, rows] = [width - 4, height - 3];
  const mono = monochrome();
  const cells = heatmap({
    mono,
    cols,
    rows,
    xRange: chart.xRange,
    yRange: chart.yRange,
    map: chart.regions(cols, rows * 2),
    outputs: chart.outputs,
    points: chart.points,
  });
  return (
    <Panel
      width={width}
      title={
        <Text>
          {t.title}{' '}
          {chart.classNames.map((c, i) =>
            mono ? (
              // without colour, as the map shows it: the region's texture, then the points' mark (and the name)
              <Text key={c}>
                {classTexture(i)}
                {classMark(i)}
                {c === classMark(i) ? '' : ` ${c}`}{' '}
              </Text>
            ) : (
              <Text key={c} color={CLASS_COLORS[i % CLASS_COLORS.length]}>
                ● {c}{' '}
              </Text>
            ),
          )}
        </Text>
      }
    >
      <CellRows rows={cells} />
    </Panel>
  );
}
