/** The demos' words in English. */
export const demos = {};
