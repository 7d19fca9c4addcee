/**
 * Child process of case 1: `node --expose-gc tutorial-process.js '<EngineSettings as JSON>'` times the engine rows
 * in a fresh V8 and prints them as one JSON line on stdout.
 */
import { type EngineSettings, measureEngines } from './cases/tutorial-engines.js';

const settings = JSON.parse(process.argv[2] ?? '') as EngineSettings;
measureEngines(settings).then(
  (rows) => console.log(JSON.stringify(rows)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
