import type { Messages } from '../en';

/** The playground' words in Japanese. */
export const playground: Messages['playground'] = {};
