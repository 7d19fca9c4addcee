import { useId } from 'react';

/** Props of SelectField. */
export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  name?: string;
}

/** A labelled select. */
export function SelectField<T extends string>({ label, value, options, onChange, name }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
