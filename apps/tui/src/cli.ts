#!/usr/bin/env node
import { celsius } from '@neuronlab/data';
import { Command } from 'commander';

// Placeholder entry until the dashboard lands: prints the tutorial data's size.
const program = new Command('neuronlab').description('Watch a neural network learn, live in your terminal.');
program
  .command('train')
  .description('Train the tutorial neuron')
  .action(() => {
    const d = celsius();
    process.stdout.write(`celsius: ${d.n} samples\n`);
  });
program.parse();
