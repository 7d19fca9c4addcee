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
}

/**
 * A labelled number input that only reports values that parse and lie in [min, max]; while the text is invalid it is
 * marked aria-invalid and the last good value stays in force.
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
}: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  // the same test decides aria-invalid for the shown text and whether a keystroke's value is reported
  const accepts = (t: string) => {
    const v = Number(t);
    return (
      t.trim() !== '' &&
      Number.isFinite(v) &&
      (!integer || Number.isInteger(v)) &&
      (min === undefined || v >= min) &&
      (max === undefined || v <= max)
    );
  };
  const valid = accepts(text);
  return (
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
        aria-invalid={!valid}
        onChange={(e) => {
          setText(e.target.value);
          if (accepts(e.target.value)) onChange(Number(e.target.value));
        }}
      />
    </label>
  );
}
