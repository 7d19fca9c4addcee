import type { Messages } from '../en';
import { common } from './common';
import { demos } from './demos';
import { diagrams } from './diagrams';
import { playground } from './playground';

/** Every word the demos show, in Japanese; typed by the English table so no key can be missing. */
export const ja: Messages = { common, demos, diagrams, playground };
