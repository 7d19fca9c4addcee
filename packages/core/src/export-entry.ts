// @neuronlab/core/export: a model file taken to other runtimes, and TensorFlow.js models brought in. Each function
// takes a model file (parsed JSON or a ModelFile) and returns the exported file's content, so a CLI writes it to disk
// and a web page offers it as a download. Its own entry, so the protobuf code ONNX needs reaches only its importers.
// Explicit named exports only: what is listed here is the API.
export type { JsModuleOptions } from './export/js-module.js';
export { exportJsModule } from './export/js-module.js';
export type { OnnxOptions } from './export/onnx.js';
export { exportOnnx, ONNX_OPSET } from './export/onnx.js';
export type { TfjsFiles, TfjsOptions } from './export/tfjs.js';
export { exportTfjs } from './export/tfjs.js';
export type { TfjsImportOptions } from './export/tfjs-import.js';
export { importTfjs } from './export/tfjs-import.js';
