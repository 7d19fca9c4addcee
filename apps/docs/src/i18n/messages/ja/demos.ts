import type { Messages } from '../en';

/** The demos' words in Japanese. */
export const demos: Messages['demos'] = {};
