import { type NumberRule, parseNumber, showValue } from '@neuronlab/core';
import { useEffect, useId, useState } from 'react';
import type { Messages } from '../../i18n/messages';
import { useMessages } from '../../i18n/use-messages';

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
  /** Advice added to the message when the text is refused, in the page's language, e.g. "Try 1e-4, the tutorial's rate." */
  hint?: string;
}

/**
 * Why `text` is refused, or null when it is a number the field accepts. core's rules decide; its English line (with
 * the field's hint after it) is the English message, and the locale's table words the same facts in its own language.
 * The hint is the page's own text, already in its language, so it is not a sentence of core's phrase books.
 */
function fieldProblem(
  t: Messages['common'],
  label: string,
  text: string,
  rule: NumberRule,
  hint: string | undefined,
): string | null {
  try {
    parseNumber(label, text, rule);
    return null;
  } catch (e) {
    return t.fieldProblem({
      english: hint === undefined ? (e as Error).message : `${(e as Error).message} ${hint}`,
      label,
      got: showValue(text),
      integer: rule.integer ?? false,
      ...(rule.min !== undefined && { min: String(rule.min) }),
      ...(rule.max !== undefined && { max: String(rule.max) }),
      ...(hint !== undefined && { hint }),
    });
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
  const t = useMessages().common;
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  // core's parser (the CLI's) decides aria-invalid, the message, and whether a keystroke's value is reported
  const rule: NumberRule = { min, max, integer };
  const problem = fieldProblem(t, label, text, rule, hint);
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
            if (fieldProblem(t, label, e.target.value, rule, hint) === null) onChange(Number(e.target.value));
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
