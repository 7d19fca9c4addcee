/** Where the dashboard's panels go for a terminal size; narrow or short terminals drop panels instead of wrapping. */
export interface Layout {
  /** The loss chart and the model's chart next to each other (else stacked). */
  readonly sideBySide: boolean;
  readonly showLoss: boolean;
  readonly showChart: boolean;
  readonly showParams: boolean;
  /** Outer width of each chart panel. */
  readonly chartWidth: number;
  /** Outer height of each chart panel. */
  readonly chartHeight: number;
  /** The network panel in its place below the charts (instead of the parameters): whole, compact, or none. */
  readonly network: 'full' | 'compact' | null;
  /** Outer height of the network panel (0 without one). */
  readonly networkRows: number;
}

/** The rows a network panel asks for, frame included: whole (`full`, and the least it can do with) and compact. */
export interface NetworkRows {
  readonly full: number;
  readonly fullMin: number;
  readonly compact: number;
}

// Rows outside the charts: header, progress, footer, and the frame/title rows of a panel
const FIXED_ROWS = 3;
const PANEL_CHROME = 3;
const MIN_CHART_ROWS = 6;
// Below this many rows per stacked chart, a narrower side-by-side pair reads better
const ROOMY_CHART_ROWS = MIN_CHART_ROWS + PANEL_CHROME + 3;
// Two panels of 38 columns still leave each chart about 30 braille columns of plot
const SIDE_BY_SIDE_MIN_WIDTH = 76;
// The whole network panel draws layers as columns beside the selected neuron's weights: it needs the width, and
// leaves the charts at least this many rows
const NETWORK_FULL_MIN_WIDTH = 96;
const NETWORK_CHART_ROWS = 11;

/** Where the network panel goes and how tall it is, given the rows left after the fixed lines and the summary. */
function placeNetwork(width: number, free: number, rows: NetworkRows): Pick<Layout, 'network' | 'networkRows'> {
  const fullRows = Math.min(rows.full, free - NETWORK_CHART_ROWS);
  if (width >= NETWORK_FULL_MIN_WIDTH && fullRows >= rows.fullMin) return { network: 'full', networkRows: fullRows };
  if (width >= 40 && free - rows.compact >= MIN_CHART_ROWS + PANEL_CHROME) {
    return { network: 'compact', networkRows: rows.compact };
  }
  return { network: null, networkRows: 0 };
}

/**
 * Decides the layout. `paramRows` is the parameter panel's height including its frame, `summaryRows` the height of
 * the end-of-run summary (0 while training). With `network` (a network's run), the network panel takes the
 * parameters' place: whole on a large terminal, compact (per-layer norms and the selected neuron) on a small one.
 * Without `modelChart` (data no chart can show, or a run read back from its log) the loss chart takes the whole
 * width and height the panels leave.
 */
export function computeLayout(
  width: number,
  height: number,
  paramRows: number,
  summaryRows: number,
  network: NetworkRows | null = null,
  modelChart = true,
): Layout {
  let free = height - FIXED_ROWS - summaryRows;
  const net = network ? placeNetwork(width, free, network) : { network: null, networkRows: 0 };
  const showParams = network === null && width >= 40 && free - paramRows >= MIN_CHART_ROWS + PANEL_CHROME;
  if (showParams) free -= paramRows;
  free -= net.networkRows;
  // Stacking needs two chart heights. On a short terminal (80×24 is common) two half-width charts beat dropping
  // the model's chart, which is the tutorial's picture.
  const sideBySide =
    modelChart && (width >= 100 || (width >= SIDE_BY_SIDE_MIN_WIDTH && Math.floor(free / 2) < ROOMY_CHART_ROWS));
  const charts = sideBySide || !modelChart ? 1 : 2;
  let perChart = Math.floor(free / charts);
  let showChart = modelChart && width >= 40;
  if (!sideBySide && perChart < MIN_CHART_ROWS + PANEL_CHROME) {
    showChart = false;
    perChart = free;
  }
  const showLoss = width >= 30 && perChart >= MIN_CHART_ROWS + PANEL_CHROME - 2;
  const chartWidth = sideBySide && showChart ? Math.floor(width / 2) : width;
  return {
    sideBySide: sideBySide && showChart,
    showLoss,
    showChart: showChart && showLoss,
    showParams,
    chartWidth,
    chartHeight: Math.min(perChart, 30),
    ...net,
  };
}
