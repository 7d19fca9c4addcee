// The public entry of @neuronlab/data. Explicit named exports only.
export type { CelsiusOptions } from './celsius.js';
export { celsius } from './celsius.js';
