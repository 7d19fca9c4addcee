/** Version of the recipe format this package reads and writes. */
export const LAB_VERSION = 1;
