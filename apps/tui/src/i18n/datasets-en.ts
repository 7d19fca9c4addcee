import { datasets } from '@neuronlab/data';

/** What `neuronlab datasets` says of one generator: its one-line description and each option's help, by name. */
export interface DatasetWords {
  readonly description: string;
  readonly options: Readonly<Record<string, string>>;
}

/**
 * The generators' words in English, read from @neuronlab/data, where they are written: every registered dataset and
 * option is here, so a language's table that lacks one differs in shape from this one (messages.test.ts).
 */
export const datasetsEn: Readonly<Record<string, DatasetWords>> = Object.fromEntries(
  Object.values(datasets).map((g) => [
    g.name,
    {
      description: g.description,
      options: Object.fromEntries(Object.entries(g.options).map(([name, spec]) => [name, spec.description])),
    },
  ]),
);
