import { type ModelFile, serializeModelFile } from '@neuronlab/core';
import { useState } from 'react';
import { useMessages } from '../../../i18n/use-messages';

/** A download format: its button label's key, file name, media type, and how to make the file (loaded on click). */
interface Download {
  readonly label: 'modelFile' | 'onnx' | 'jsFunction';
  readonly file: string;
  readonly type: string;
  readonly make: (model: ModelFile) => Promise<string | Uint8Array>;
}

// The exporters are imported on click, so their code (and the protobuf code ONNX needs) loads only when asked for
const DOWNLOADS: readonly Download[] = [
  {
    label: 'modelFile',
    file: 'model.json',
    type: 'application/json',
    make: async (m) => serializeModelFile(m),
  },
  {
    label: 'onnx',
    file: 'model.onnx',
    type: 'application/octet-stream',
    make: async (m) => (await import('@neuronlab/core/export')).exportOnnx(m),
  },
  {
    label: 'jsFunction',
    file: 'model.js',
    type: 'text/javascript',
    make: async (m) => (await import('@neuronlab/core/export')).exportJsModule(m),
  },
];

/** Hands `content` to the browser as a file download. */
function save(content: string | Uint8Array, file: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  // the click has started the download; the URL is no longer needed once this task ends
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Buttons that download the trained model as a neuronlab model file, as ONNX, and as a JavaScript module.
 * `modelFile` asks for the model as it is now (the playground's model lives in its training worker).
 */
export function ExportButtons({ modelFile }: { modelFile: () => Promise<ModelFile> }) {
  const t = useMessages().playground;
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="nl-controls" data-testid="export-buttons">
      <span>{t.downloadModel}</span>
      {DOWNLOADS.map((d) => (
        <button
          key={d.file}
          type="button"
          onClick={() => {
            modelFile()
              .then((m) => d.make(m))
              .then(
                (content) => {
                  setProblem(null);
                  save(content, d.file, d.type);
                },
                (e: unknown) => setProblem(t.downloadFailed(t[d.label], (e as Error).message)),
              );
          }}
        >
          {t[d.label]}
        </button>
      ))}
      <span role="status">{problem ?? ''}</span>
    </div>
  );
}
