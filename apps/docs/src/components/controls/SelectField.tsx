import { type RefObject, useId, useLayoutEffect, useRef } from 'react';

/** Props of SelectField. */
export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  name?: string;
}

/** A labelled select, marked `data-wide` while its chosen option's text does not fit it (see useWideWhenCut). */
export function SelectField<T extends string>({ label, value, options, onChange, name }: SelectFieldProps<T>) {
  const id = useId();
  const field = useRef<HTMLLabelElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  useWideWhenCut(field, select, options.find((o) => o.value === value)?.label ?? '');
  return (
    <label htmlFor={id} ref={field}>
      {label}
      <select id={id} ref={select} name={name} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The room a select's own arrow takes beside its text, in CSS pixels. */
const ARROW = 16;

let measure: CanvasRenderingContext2D | null | undefined;

/**
 * Marks the field `data-wide` when `text`, the chosen option's, does not fit beside its select's arrow: a select shows
 * no more of its text than fits, and in the playground's four narrow columns on a phone "momentum" showed as "momen".
 * Styles give a marked field more room where they lay fields out in narrow columns; elsewhere a select is as wide as
 * its text and never marked. It is measured with the mark cleared, so a field widened for a long choice narrows again
 * for a short one, and again when the window's size changes.
 */
function useWideWhenCut(
  field: RefObject<HTMLLabelElement | null>,
  select: RefObject<HTMLSelectElement | null>,
  text: string,
) {
  useLayoutEffect(() => {
    const check = () => {
      const label = field.current;
      const box = select.current;
      if (label === null || box === null) return;
      delete label.dataset.wide;
      measure ??= document.createElement('canvas').getContext('2d');
      if (measure === null) return;
      const style = getComputedStyle(box);
      measure.font = style.font;
      const room = box.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      if (measure.measureText(text).width > room - ARROW) label.dataset.wide = '';
    };
    check();
    window.addEventListener('resize', check);
    return () => window.removeEventListener('resize', check);
  }, [field, select, text]);
}
