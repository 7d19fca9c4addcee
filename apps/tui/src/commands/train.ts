import type { RunPlan } from '@neuronlab/lab';
import type { TrainCliOptions, TrainConfig } from '../config.js';
import { defaultReportEvery } from '../config.js';
import { EXIT, reportError } from '../errors.js';
import { errorWords, messagesFor } from '../i18n/messages.js';
import { runAdviceText } from '../i18n/run-advice-text.js';
import { runDashboard } from '../modes/dashboard-mode.js';
import { runJson } from '../modes/json-mode.js';
import { runPlain } from '../modes/plain-mode.js';
import { checkLogRoot } from '../runlog/run-dir.js';
import { RunLog } from '../runlog/run-log.js';
import { defaultSpeed } from '../session/speed.js';
import { prepareTrain } from './prepare-train.js';
import { RunControl, trainInputs } from './run-control.js';

const WHERE = 'neuronlab train';

/** Whether the interactive dashboard can run: both ends are a terminal. */
function isInteractive(): boolean {
  return process.stdout.isTTY === true && process.stdin.isTTY === true;
}

/** `neuronlab train`: prepares the run (exit 2 on bad input), then trains in the mode the terminal calls for. */
export async function trainCommand(options: TrainCliOptions): Promise<number> {
  let prepared: Awaited<ReturnType<typeof prepareTrain>>;
  try {
    prepared = await prepareTrain(options);
  } catch (error) {
    return reportError(
      WHERE,
      error,
      options.debug ?? false,
      EXIT.usage,
      errorWords(options.lang, options.json === true),
    );
  }
  const { cfg, plan } = prepared;
  const interactive = !cfg.json && isInteractive();
  const speed = cfg.speed ?? defaultSpeed(plan.recipe.epochs);
  // the dashboard reports every epoch while it is watched; the log records the interval the run really used
  const reportEvery = cfg.reportEvery ?? defaultReportEvery(plan.recipe, interactive && speed !== 'max');
  const control = new RunControl(cfg.save, trainInputs(cfg));
  try {
    control.log = openRunLog(cfg, plan, reportEvery);
  } catch (error) {
    return reportError(WHERE, error, cfg.debug, EXIT.usage, errorWords(options.lang, options.json === true));
  }
  control.install();
  try {
    if (cfg.json) return await runJson(plan, control, reportEvery);
    const messages = messagesFor(cfg.locale);
    // a model gone on from (--init) keeps the normalization it was trained with: advice to change it cannot be taken
    const advice = cfg.init === null ? runAdviceText(plan, messages) : null;
    if (!interactive) return await runPlain(plan, control, reportEvery, messages, advice);
    return await runDashboard(plan, control, speed, reportEvery, messages, advice);
  } catch (error) {
    return reportError(WHERE, error, cfg.debug, EXIT.failed, errorWords(options.lang, cfg.json));
  } finally {
    control.log?.close();
  }
}

/** The run's log directory when --log-dir (or NEURONLAB_LOG_DIR) asks for one, made before any training. */
function openRunLog(cfg: TrainConfig, plan: RunPlan, reportEvery: number): RunLog | null {
  if (cfg.logDir === null) return null;
  checkLogRoot(cfg.logDir);
  return new RunLog(cfg.logDir.path, plan, { name: cfg.runName, reportEvery, init: cfg.init });
}
