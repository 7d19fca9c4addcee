/**
 * Loads TensorFlow.js once and switches its backend. The wasm backend is registered by importing its package; in
 * Node it finds its .wasm files next to itself, and uses SIMD when the engine has it (Node 20 does).
 */
import type * as TF from '@tensorflow/tfjs';

/** The TensorFlow.js namespace. */
export type Tf = typeof TF;

/** The backends compared here. */
export type TfBackend = 'cpu' | 'wasm';

let loaded: Tf | undefined;

/** Imports TensorFlow.js (and the wasm backend) on first use. */
async function loadTf(): Promise<Tf> {
  if (loaded === undefined) {
    const tf = await import('@tensorflow/tfjs');
    await import('@tensorflow/tfjs-backend-wasm');
    loaded = tf;
  }
  return loaded;
}

/** Loads TensorFlow.js and makes `backend` the active one. */
export async function useTfBackend(backend: TfBackend): Promise<Tf> {
  const tf = await loadTf();
  if (tf.getBackend() !== backend) {
    const ok = await tf.setBackend(backend);
    if (!ok) throw new Error(`bench: TensorFlow.js backend "${backend}" failed to start. Check the tfjs install.`);
  }
  await tf.ready();
  return tf;
}

/** Versions and wasm features, for the results' machine info. */
export async function tfInfo(): Promise<{ version: string; wasmSimd: boolean; wasmThreads: boolean }> {
  const tf = await useTfBackend('wasm');
  return {
    version: tf.version.tfjs,
    wasmSimd: tf.env().getBool('WASM_HAS_SIMD_SUPPORT'),
    wasmThreads: tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT'),
  };
}

/** TensorFlow.js takes float32 data; the conversion happens once, in setup. */
export function f32(values: Float64Array): Float32Array {
  return Float32Array.from(values);
}
