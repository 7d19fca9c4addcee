import type { Messages } from '../en';
import { common } from './common';
import { demos } from './demos';
import { diagrams } from './diagrams';
import { playground } from './playground';
import { search } from './search';

/** Every word the demos and the search dialog show, in Japanese; typed by the English table, so no key is missing. */
export const ja: Messages = { common, demos, diagrams, playground, search };
