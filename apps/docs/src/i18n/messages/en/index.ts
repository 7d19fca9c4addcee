import { common } from './common';
import { demos } from './demos';
import { diagrams } from './diagrams';
import { playground } from './playground';
import { search } from './search';

/**
 * Every word the demos and the search dialog show, in English. Its shape is the contract for every other language:
 * {@link Messages} is inferred from it, so a key missing from a translation fails the type check.
 */
export const en = { common, demos, diagrams, playground, search };

/** The message table's shape: strings, and functions for messages that carry numbers or names. */
export type Messages = typeof en;
