import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppendFile } from './append-file.js';
import { fileVersionEvent, scalarsEvent } from './tf-event.js';
import { tfRecord } from './tfrecord.js';

/**
 * A TensorBoard event file of scalars, `events.out.tfevents.<seconds>.<host>` as TensorFlow names it, so
 * `tensorboard --logdir` shows the run beside any other. Each record is written whole as it comes (see AppendFile).
 */
export class TensorBoardWriter {
  private readonly file: AppendFile;

  constructor(
    dir: string,
    private readonly now: () => number = Date.now,
  ) {
    const seconds = Math.floor(now() / 1000);
    this.file = new AppendFile(join(dir, `events.out.tfevents.${seconds}.${hostname().replace(/[/\\]/g, '_')}`));
    this.file.write(tfRecord(fileVersionEvent(now() / 1000)));
  }

  /** The path of the event file. */
  get path(): string {
    return this.file.path;
  }

  /** Writes scalar values (`loss`, `val_loss`…) at `step`, stamped with the time now. */
  scalars(step: number, values: Readonly<Record<string, number>>): void {
    this.file.write(tfRecord(scalarsEvent(this.now() / 1000, step, values)));
  }

  /** Closes the file. */
  close(): void {
    this.file.close();
  }
}
