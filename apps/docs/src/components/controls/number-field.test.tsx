import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/locale';
import { LocaleProvider } from '../../i18n/use-messages';
import { NumberField } from './NumberField';

/** The message a field shows for a value it refuses (NaN: its text "NaN" is never a number). */
function problem(locale: Locale, label: string, integer = false): string {
  const html = renderToStaticMarkup(
    <LocaleProvider locale={locale}>
      <NumberField label={label} value={Number.NaN} min={1} max={100} integer={integer} onChange={() => {}} />
    </LocaleProvider>,
  );
  return /data-testid="field-problem">([^<]*)</.exec(html)?.[1]?.replace(/&quot;/g, '"') ?? '';
}

describe('NumberField', () => {
  it("shows core's rule message word for word in English", () => {
    expect(problem('en', 'epochs', true)).toBe('epochs must be an integer from 1 to 100, got "NaN".');
  });

  it('words the same rule and the refused text in Japanese', () => {
    expect(problem('ja', 'エポック数', true)).toBe(
      'エポック数には1 から 100 までの整数を入力してください (入力: "NaN")。',
    );
    expect(problem('ja', '学習率')).toBe('学習率には1 から 100 までの数値を入力してください (入力: "NaN")。');
  });
});
