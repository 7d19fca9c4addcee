import type { ColumnFacts } from '@neuronlab/data';

/**
 * An axis title for a column: its name and, when it has one, its unit (`celsius (°C)`). `names` gives a column's
 * name in the page's language (`摂氏`); a column it does not list keeps the data's own name.
 */
export function axisTitle(column: ColumnFacts | undefined, names: Readonly<Record<string, string>> = {}): string {
  if (!column) return '';
  const name = names[column.name] ?? column.name;
  return column.unit ? `${name} (${column.unit})` : name;
}
