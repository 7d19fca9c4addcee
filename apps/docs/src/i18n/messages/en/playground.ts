/** The playground' words in English. */
export const playground = {};
