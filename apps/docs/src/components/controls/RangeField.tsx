import { useId } from 'react';

/** Props of RangeField. */
export interface RangeFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** Text shown next to the slider and announced as aria-valuetext. */
  display: string;
  name?: string;
}

/** A labelled slider that shows and announces its value in words. */
export function RangeField({ label, value, min, max, step, onChange, display, name }: RangeFieldProps) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        name={name}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={display}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>{display}</output>
    </label>
  );
}
