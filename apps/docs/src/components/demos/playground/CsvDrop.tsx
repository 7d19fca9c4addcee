import type { Dataset } from '@neuronlab/core';
import type { ValidRecipe } from '@neuronlab/lab';
import { useState } from 'react';
import { useErrorWords } from '../../../i18n/error-words';
import { useMessages } from '../../../i18n/use-messages';
import { CLASS_VARS } from '../../../lib/class-colours';
import {
  type CsvChoice,
  type CsvColumns,
  csvProblem,
  csvRecipe,
  defaultChoice,
  distinctColumns,
  fileColumns,
  guessTask,
  readCsvUpload,
  sampleLabels,
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

/**
 * Bring your own data: drop or pick a CSV, choose two feature columns and the class column, and train on it. The
 * file is read in the page by the CLI's CSV reader, streamed in chunks, and never leaves the browser.
 */
export function CsvDrop({ recipe, onData }: CsvDropProps) {
  const t = useMessages().playground;
  const words = useErrorWords();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [choice, setChoice] = useState<CsvChoice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [over, setOver] = useState(false);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setStatus('');
    const columns = await fileColumns(file);
    setPicked({ file, ...columns });
    setChoice(defaultChoice(columns));
  };

  const read = async () => {
    if (!picked || !choice) return;
    setProblem(null);
    if (!distinctColumns(choice)) {
      setStatus('');
      setProblem(t.csvSameColumns(picked.file.name, choice.x.join(', '), choice.y));
      return;
    }
    // the map tells as many classes apart as it has colours: refuse more before reading the file, if its start shows
    // them, and after reading it otherwise
    const tooMany = (count: number) => {
      setStatus('');
      setProblem(t.csvTooManyClasses(picked.file.name, choice.y, String(count), String(CLASS_VARS.length)));
    };
    const seen = sampleLabels(picked, choice.y);
    if (choice.task === 'multiclass' && seen > CLASS_VARS.length) return tooMany(seen);
    setStatus(t.csvReading(picked.file.name));
    try {
      const dataset = await readCsvUpload(picked.file, picked.file.name, choice, picked);
      if (dataset.task === 'multiclass' && dataset.outputDim > CLASS_VARS.length) return tooMany(dataset.outputDim);
      onData(csvRecipe(recipe, picked.file.name, choice), dataset);
      setStatus(t.csvTraining(picked.file.name, String(dataset.n)));
    } catch (e) {
      setStatus('');
      setProblem(csvProblem(e, words.phrases));
    }
  };

  const columnOptions = (picked?.columns ?? []).map((c) => ({ value: c, label: c }));
  return (
    <details className="nl-csv" data-testid="csv-drop">
      <summary>{t.csvSummary}</summary>
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
          {t.csvDrop}{' '}
          <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void pick(e.target.files?.[0])} />
        </label>
      </div>
      {picked && choice && (
        <div className="nl-controls">
          <SelectField
            label={t.csvFeature1}
            name="csv-x1"
            value={choice.x[0]}
            options={columnOptions}
            onChange={(c) => setChoice({ ...choice, x: [c, choice.x[1]] })}
          />
          <SelectField
            label={t.csvFeature2}
            name="csv-x2"
            value={choice.x[1]}
            options={columnOptions}
            onChange={(c) => setChoice({ ...choice, x: [choice.x[0], c] })}
          />
          <SelectField
            label={t.csvClassColumn}
            name="csv-y"
            value={choice.y}
            options={columnOptions}
            onChange={(c) => setChoice({ ...choice, y: c, task: guessTask(picked, c) })}
          />
          <SelectField
            label={t.csvClasses}
            name="csv-task"
            value={choice.task}
            options={[
              { value: 'binary', label: t.csvBinary },
              { value: 'multiclass', label: t.csvMulticlass },
            ]}
            onChange={(task) => setChoice({ ...choice, task })}
          />
          <button type="button" onClick={() => void read()} data-action="csv-train">
            {t.csvUse}
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
        {t.csvNote.before} <code>neuronlab train --data</code>
        {t.csvNote.middle} <code>--data</code>
        {t.csvNote.after}
      </p>
    </details>
  );
}
