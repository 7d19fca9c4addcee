/**
 * How a CSV cell reads as a number: the one rule behind the readers' cells, their header detection and the order of
 * numeric class labels.
 *
 * A decimal number as people write them: 3, -0.5, .5, 1e-3; no hex, no Infinity, no empty cell. Where the cells are
 * separated by something other than a comma, a comma may also be the decimal mark (`-0,5`, `1,5e3`), as spreadsheets
 * write numbers where that is the custom; they then separate cells with semicolons.
 */
const DECIMAL_POINT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;

/** The number a cell holds (surrounding spaces ignored), or NaN when it holds none; see the rule above. */
export function cellNumber(cell: string, delimiter = ','): number {
  const text = cell.trim();
  if (DECIMAL_POINT.test(text)) return Number(text);
  if (delimiter !== ',' && DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return Number.NaN;
}

/** Whether a cell holds a number by the rule above (which may be too large for a float64: that is for the reader). */
export function isNumericCell(cell: string, delimiter = ','): boolean {
  return !Number.isNaN(cellNumber(cell, delimiter));
}

// what spreadsheets, pandas (an empty cell), R (NA), SQL exports (NULL) and some data sets (?) write for no value
const MISSING_MARKS = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?']);

/** Whether a cell is empty or holds a common mark of a missing value (NA, NaN, null, None, ?), in any case. */
export function isMissingCell(cell: string): boolean {
  return MISSING_MARKS.has(cell.trim().toLowerCase());
}
