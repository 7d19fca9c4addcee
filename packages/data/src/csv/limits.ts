// Bounds on CSV input. Real tables are far inside them; they exist so that a file that is not a table (a device, a
// binary, a one-line dump) is refused after a bounded amount of work and memory, with a short message.

/**
 * Longest row, in characters: one line, or several when a quoted cell holds line breaks. 1 MiB holds 40,000 columns
 * of full-precision numbers, far more than a network here can take as inputs.
 */
export const MAX_ROW_CHARS = 1 << 20;

/** Longest cell, in characters: room for long header names and class labels; a float64 needs at most 24. */
export const MAX_CELL_CHARS = 1024;

/** Most distinct class labels of a multiclass target: an ID column used as a label stops here, before any work. */
export const MAX_CLASSES = 1000;
