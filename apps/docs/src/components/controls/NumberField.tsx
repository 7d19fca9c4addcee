import { type NumberRule, parseNumber } from '@neuronlab/core';
import { useEffect, useId, useState } from 'react';

/** Props of NumberField. */
export interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number | 'any';
  /** Integers only. @default false */
  integer?: boolean;
  name?: string;
  /** Advice added to the message when the text is refused, e.g. "Try 1e-4, the tutorial's rate." */
  hint?: string;
}

/** The message core's rules give for `text`, or null when it is a number the field accepts. */
function fieldProblem(label: string, text: string, rule: NumberRule): string | null {
  try {
    parseNumber(label, text, rule);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * A labelled number input that only reports values that parse and lie in [min, max]; while the text is invalid it is
 * marked aria-invalid, the rule's message stands next to it, and the last good value stays in force.
 */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step = 'any',
  integer = false,
  name,
  hint,
}: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  // core's parser (the CLI's) decides aria-invalid, the message, and whether a keystroke's value is reported
  const rule: NumberRule = { min, max, integer, hint };
  const problem = fieldProblem(label, text, rule);
  return (
    <span className="nl-field">
      <label htmlFor={id}>
        {label}
        <input
          id={id}
          name={name}
          type="number"
          inputMode="decimal"
          value={text}
          min={min}
          max={max}
          step={step}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            if (fieldProblem(label, e.target.value, rule) === null) onChange(Number(e.target.value));
          }}
        />
      </label>
      {problem && (
        <span id={`${id}-problem`} className="nl-field-problem" role="alert" data-testid="field-problem">
          {problem}
        </span>
      )}
    </span>
  );
}
