import type { ColumnFacts } from '@neuronlab/data';

/** An axis title for a column: its name and, when it has one, its unit (`celsius (°C)`). */
export function axisTitle(column: ColumnFacts | undefined): string {
  if (!column) return '';
  return column.unit ? `${column.name} (${column.unit})` : column.name;
}
