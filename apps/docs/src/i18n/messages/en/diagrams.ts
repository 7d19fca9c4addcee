/** The diagrams' words in English. */
export const diagrams = {};
