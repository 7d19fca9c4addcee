import type { DoneEvent, ProgressEvent, TaskKind } from '@neuronlab/core';

/** Keras CSVLogger's column names, in its order: the training loss and accuracy, then `val_` for the held-out set. */
const ALL_COLUMNS = ['epoch', 'loss', 'val_loss', 'accuracy', 'val_accuracy'] as const;

/** One metric column's name. */
export type MetricColumn = (typeof ALL_COLUMNS)[number];

/** The columns a run has: `val_` columns only with a test set, accuracy only for classification. */
export function metricColumns(task: TaskKind, hasTest: boolean): MetricColumn[] {
  return ALL_COLUMNS.filter(
    (c) => (hasTest || !c.startsWith('val_')) && (task !== 'regression' || !c.endsWith('accuracy')),
  );
}

/** The values of a progress event by column (an absent metric is left out). */
export function metricValues(e: ProgressEvent | DoneEvent): Partial<Record<MetricColumn, number>> {
  const values: Partial<Record<MetricColumn, number>> = {
    epoch: e.type === 'progress' ? e.epoch : e.epochs,
    loss: e.loss,
  };
  if (e.testLoss !== undefined) values.val_loss = e.testLoss;
  if (e.metrics?.accuracy !== undefined) values.accuracy = e.metrics.accuracy;
  if (e.metrics?.testAccuracy !== undefined) values.val_accuracy = e.metrics.testAccuracy;
  return values;
}

/** A CSV row for `columns`: numbers as JavaScript prints them (shortest round-trip form), empty when absent. */
export function csvRow(columns: readonly MetricColumn[], values: Partial<Record<MetricColumn, number>>): string {
  return `${columns.map((c) => (values[c] === undefined ? '' : String(values[c]))).join(',')}\n`;
}
