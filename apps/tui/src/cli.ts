#!/usr/bin/env node
// React picks its (much slower) development build unless NODE_ENV says otherwise, so set it before loading it
process.env.NODE_ENV ??= 'production';
// NO_COLOR (https://no-color.org, see color.ts): Ink colours through chalk, which reads FORCE_COLOR when loaded
if (process.env.NO_COLOR) process.env.FORCE_COLOR = '0';
const { installSignalHandlers } = await import('./signals.js');
installSignalHandlers();
const { guardStdio, outputExitCode } = await import('./modes/output.js');
guardStdio();
// before the CLI's own modules, so the training thread loads the engine while this thread loads the rest
const { spawnEarly } = await import('./session/train-thread.js');
spawnEarly(process.argv, process.stdout.isTTY === true && process.stdin.isTTY === true);
const { main } = await import('./main.js');

main(process.argv).then(
  (code) => {
    // Let buffered output reach a pipe before leaving (and learn whether it failed), but never wait for it forever
    process.stdout.write('', () => process.exit(outputExitCode(code)));
    setTimeout(() => process.exit(outputExitCode(code)), 1000);
  },
  (error: unknown) => {
    process.stderr.write(`neuronlab: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.argv.includes('--debug') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
