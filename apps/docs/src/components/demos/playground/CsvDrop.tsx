import type { Dataset } from '@neuronlab/core';
import type { ValidRecipe } from '@neuronlab/lab';
import { useState } from 'react';
import {
  type CsvChoice,
  type CsvColumns,
  csvRecipe,
  defaultChoice,
  describeCsvProblem,
  fileColumns,
  readCsvUpload,
} from '../../../lib/csv-upload';
import { SelectField } from '../../controls/SelectField';

/** Props of CsvDrop. */
export interface CsvDropProps {
  /** The playground's recipe now, whose settings the CSV run keeps. */
  recipe: ValidRecipe;
  /** Called with the run's recipe and the data read from the file, once the file has been read without error. */
  onData: (recipe: ValidRecipe, dataset: Dataset) => void;
}

interface Picked extends CsvColumns {
  readonly file: File;
}

const TASKS = [
  { value: 'binary', label: 'two classes (0/1)' },
  { value: 'multiclass', label: 'several classes (labels)' },
] as const;

/**
 * Bring your own data: drop or pick a CSV, choose two feature columns and the class column, and train on it. The
 * file is read in the page by the CLI's CSV reader, streamed in chunks, and never leaves the browser.
 */
export function CsvDrop({ recipe, onData }: CsvDropProps) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [choice, setChoice] = useState<CsvChoice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [over, setOver] = useState(false);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setStatus('');
    const { columns, named } = await fileColumns(file);
    setPicked({ file, columns, named });
    setChoice(defaultChoice(columns));
  };

  const read = async () => {
    if (!picked || !choice) return;
    setProblem(null);
    setStatus(`reading ${picked.file.name}…`);
    try {
      const dataset = await readCsvUpload(picked.file, picked.file.name, choice, picked.named);
      onData(csvRecipe(recipe, picked.file.name, choice), dataset);
      setStatus(`training on ${picked.file.name}: ${dataset.n} rows`);
    } catch (e) {
      setStatus('');
      setProblem(describeCsvProblem(e));
    }
  };

  const columnOptions = (picked?.columns ?? []).map((c) => ({ value: c, label: c }));
  return (
    <details className="nl-csv" data-testid="csv-drop">
      <summary>Train on your own CSV file</summary>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone is a convenience; the file input beside it is the accessible way in */}
      <div
        className={over ? 'nl-dropzone nl-dropzone-over' : 'nl-dropzone'}
        data-testid="csv-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void pick(e.dataTransfer.files[0]);
        }}
      >
        <label>
          Drop a CSV file here, or pick one:{' '}
          <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void pick(e.target.files?.[0])} />
        </label>
      </div>
      {picked && choice && (
        <div className="nl-controls">
          <SelectField
            label="feature 1"
            name="csv-x1"
            value={choice.x[0]}
            options={columnOptions}
            onChange={(c) => setChoice({ ...choice, x: [c, choice.x[1]] })}
          />
          <SelectField
            label="feature 2"
            name="csv-x2"
            value={choice.x[1]}
            options={columnOptions}
            onChange={(c) => setChoice({ ...choice, x: [choice.x[0], c] })}
          />
          <SelectField
            label="class column"
            name="csv-y"
            value={choice.y}
            options={columnOptions}
            onChange={(c) => setChoice({ ...choice, y: c })}
          />
          <SelectField
            label="classes"
            name="csv-task"
            value={choice.task}
            options={TASKS}
            onChange={(t) => setChoice({ ...choice, task: t })}
          />
          <button type="button" onClick={() => void read()} data-action="csv-train">
            Use this file
          </button>
        </div>
      )}
      {problem && (
        <p className="nl-field-problem" role="alert" data-testid="csv-problem">
          {problem}
        </p>
      )}
      <p className="nl-readout" role="status" data-testid="csv-status">
        {status}
      </p>
      <p className="nl-csv-note">
        The file is read in this page, checked by the same reader as <code>neuronlab train --data</code>, and never
        uploaded. It is not part of the page address: a shared link cannot carry it, and the copied command names it
        with <code>--data</code>, so the other person needs the file too.
      </p>
    </details>
  );
}
