import type { TrainCliOptions } from '../config.js';
import { defaultReportEvery } from '../config.js';
import { EXIT, reportError } from '../errors.js';
import { runDashboard } from '../modes/dashboard-mode.js';
import { runJson } from '../modes/json-mode.js';
import { runPlain } from '../modes/plain-mode.js';
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
    return reportError(WHERE, error, options.debug ?? false, EXIT.usage);
  }
  const { cfg, plan } = prepared;
  const control = new RunControl(cfg.save, trainInputs(cfg)).install();
  try {
    if (cfg.json) return await runJson(plan, control, cfg.reportEvery ?? defaultReportEvery(plan.recipe, false));
    if (!isInteractive())
      return await runPlain(plan, control, cfg.reportEvery ?? defaultReportEvery(plan.recipe, false));
    const speed = cfg.speed ?? defaultSpeed(plan.recipe.epochs);
    const watched = speed !== 'max';
    return await runDashboard(plan, control, speed, cfg.reportEvery ?? defaultReportEvery(plan.recipe, watched));
  } catch (error) {
    return reportError(WHERE, error, cfg.debug, EXIT.failed);
  }
}
