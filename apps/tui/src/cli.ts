#!/usr/bin/env node
// React picks its (much slower) development build unless NODE_ENV says otherwise, so set it before loading it
process.env.NODE_ENV ??= 'production';
const { main } = await import('./main.js');

main(process.argv).then(
  (code) => {
    // Let buffered output reach a pipe before leaving
    process.stdout.write('', () => process.exit(code));
  },
  (error: unknown) => {
    process.stderr.write(`neuronlab: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.argv.includes('--debug') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
