import { join } from 'node:path';
import type { TrainEvent } from '@neuronlab/core';
import type { RunPlan } from '@neuronlab/lab';
import { recipeToCliArgs, shellLine } from '@neuronlab/lab';
import { writeFileAtomic } from '../io/atomic-write.js';
import { jsonLine } from '../modes/json-line.js';
import { AppendFile } from './append-file.js';
import { csvRow, type MetricColumn, metricColumns, metricValues } from './metrics-row.js';
import { createRunDir, runNameFor } from './run-dir.js';
import { RUN_FILES, type RunRecord, type TrialTag } from './run-record.js';
import { TensorBoardWriter } from './tensorboard-writer.js';

/** What a run log needs besides the plan. */
export interface RunLogOptions {
  /** The run's directory name (--run-name), or null for a made-up readable one. */
  readonly name: string | null;
  readonly reportEvery: number;
  readonly init: string | null;
  readonly trial?: TrialTag;
}

/** The `train` flags that repeat a run: the recipe's, then the report interval and the start model. */
export function repeatArgs(plan: RunPlan, o: RunLogOptions): string[] {
  const args = recipeToCliArgs(plan.recipe);
  // with --init and no data named, train takes every flag left out from the model file's own recipe; these args
  // leave out what equals the defaults, so the command names the data, which has them read against the defaults
  const named = args.includes('--dataset') || args.includes('--data');
  return [
    ...(o.init !== null && !named ? ['--dataset', plan.recipe.dataset.name] : []),
    ...args,
    '--report-every',
    String(o.reportEvery),
    ...(o.init === null ? [] : ['--init', o.init]),
  ];
}

/**
 * A run written to its own new directory as it trains: recipe.json first (atomically), then events.jsonl (the
 * --json stream), metrics.csv (Keras CSVLogger columns) and a TensorBoard event file, one record per event as it
 * comes; model.json is written by the run's saves (see RunControl). Records reach the files in batches within a
 * fraction of a second (see AppendFile), so a killed run leaves every line logged up to shortly before.
 */
export class RunLog {
  readonly dir: string;
  readonly modelPath: string;
  private readonly events: AppendFile;
  private readonly metrics: AppendFile;
  private readonly board: TensorBoardWriter;
  private readonly columns: MetricColumn[];
  private readonly kind: string;

  constructor(root: string, plan: RunPlan, o: RunLogOptions) {
    const started = new Date();
    this.dir = createRunDir(root, o.name ?? runNameFor(plan.recipe, started), o.name !== null);
    this.modelPath = join(this.dir, RUN_FILES.model);
    this.kind = plan.initialModel.kind;
    const args = repeatArgs(plan, o);
    const record: RunRecord = {
      format: 'neuronlab-run',
      version: 1,
      name: this.dir.split('/').at(-1)!,
      started: started.toISOString(),
      recipe: plan.recipe,
      reportEvery: o.reportEvery,
      init: o.init,
      args,
      command: shellLine(['neuronlab', 'train', ...args]),
      ...(o.trial ? { trial: o.trial } : {}),
    };
    writeFileAtomic(join(this.dir, RUN_FILES.recipe), `${JSON.stringify(record, null, 2)}\n`, '--log-dir');
    this.events = new AppendFile(join(this.dir, RUN_FILES.events));
    this.metrics = new AppendFile(join(this.dir, RUN_FILES.metrics));
    this.columns = metricColumns(plan.dataset.task, plan.recipe.testSplit > 0);
    this.metrics.write(`${this.columns.join(',')}\n`);
    this.board = new TensorBoardWriter(this.dir);
  }

  /**
   * Logs one trainer event, in the order the run produced them. `line` is the event's --json line when the caller
   * has made it already (a sweep's trial thread does), so it is not made twice.
   */
  event(e: TrainEvent, line: string = jsonLine(e, this.kind)): void {
    this.events.write(`${line}\n`);
    if (e.type === 'progress') {
      const values = metricValues(e);
      this.metrics.write(csvRow(this.columns, values));
      const { epoch, ...scalars } = values;
      this.board.scalars(e.epoch, scalars as Record<string, number>);
    } else if (e.type === 'start') {
      this.board.scalars(0, { loss: e.loss, ...(e.testLoss === undefined ? {} : { val_loss: e.testLoss }) });
    }
  }

  /** Closes the log's files. */
  close(): void {
    this.events.close();
    this.metrics.close();
    this.board.close();
  }
}
