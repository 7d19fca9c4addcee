// The public entry of @neuronlab/lab. Explicit named exports only.
export { LAB_VERSION } from './version.js';
