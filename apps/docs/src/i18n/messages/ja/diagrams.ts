import type { Messages } from '../en';

/** The diagrams' words in Japanese. */
export const diagrams: Messages['diagrams'] = {};
