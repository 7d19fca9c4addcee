import { type FunctionComponent, isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/locale';
import { messagesFor } from '../../i18n/messages';
import CompareRatesDemo from './CompareRatesDemo';
import FollowUpDemo from './FollowUpDemo';
import GradientCheckDemo from './GradientCheckDemo';
import LossLandscapeDemo from './LossLandscapeDemo';
import NeuronChartDemo from './NeuronChartDemo';
import StepByHandDemo from './StepByHandDemo';

/** Stands for every argument of a parametrised message, so what is left of its output are its own words. */
const HOLE = '\u0001';
const hole: unknown = new Proxy({}, { get: (_, key) => (key === Symbol.toPrimitive ? () => HOLE : HOLE) });

/** The text of a message's output: a string, or the strings inside a rich fragment, in order. */
function flatten(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(flatten).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return flatten(node.props.children);
  return '';
}

/** A message's full text, every argument a hole. */
function textOf(message: unknown): string {
  if (typeof message === 'function') return flatten(message(hole, hole, hole) as ReactNode);
  return typeof message === 'string' ? message : '';
}

/**
 * The English words of a section that must not show on a Japanese page: every run of text between arguments, longer
 * than 3 characters and with a word in it, that the Japanese entry of the same key does not also contain (math such as
 * `2(out − y)/N`, names such as `Adam` and `tanh`, stay the same in both; `, b =` is punctuation around a symbol).
 */
function englishOnly(en: unknown, ja: unknown): string[] {
  if (en !== null && typeof en === 'object') {
    return Object.entries(en).flatMap(([key, value]) => englishOnly(value, (ja as Record<string, unknown>)[key]));
  }
  const theirs = textOf(ja);
  return textOf(en)
    .split(HOLE)
    .map((s) => s.trim())
    .filter((s) => s.length > 3 && /[A-Za-z]{2}/.test(s) && !theirs.includes(s));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, e: string) => ENTITIES[e]!);

/** What a reader sees or a screen reader announces: text between tags, and the values of naming attributes. */
function shown(html: string): string {
  const attributes = [...html.matchAll(/\s(?:aria-label|aria-valuetext|title|alt|placeholder)="([^"]*)"/g)].map(
    (m) => m[1],
  );
  const text = html.replace(/<!-- -->/g, '').replace(/<[^>]*>/g, '\n');
  return decode([text, ...attributes].join('\n'));
}

const render = (Demo: FunctionComponent<{ locale?: Locale }>, locale?: Locale) =>
  shown(renderToStaticMarkup(<Demo {...(locale && { locale })} />));

const en = messagesFor('en');
const ja = messagesFor('ja');
const english = [...englishOnly(en.common, ja.common), ...englishOnly(en.demos, ja.demos)];

/** Each demo with words its first frame shows, to find in English and in Japanese. */
const DEMOS: [string, FunctionComponent<{ locale?: Locale }>, (m: typeof en) => string[]][] = [
  [
    'NeuronChartDemo',
    NeuronChartDemo,
    (m) => [
      m.common.train,
      m.common.learningRate,
      m.common.beforeTraining,
      m.demos.neuronChart.neuronNow,
      m.common.lossAxis,
    ],
  ],
  [
    'StepByHandDemo',
    StepByHandDemo,
    (m) => [m.common.takeThisStep, m.demos.stage.sample, m.demos.stepByHand.gradsTitle],
  ],
  [
    'LossLandscapeDemo',
    LossLandscapeDemo,
    (m) => [m.demos.landscape.standardizedInputs, m.demos.landscape.gradientDescentSgd, m.common.startPoint],
  ],
  ['GradientCheckDemo', GradientCheckDemo, (m) => [m.demos.gradientCheck.numeric, m.demos.gradientCheck.passed]],
  ['CompareRatesDemo', CompareRatesDemo, (m) => [m.demos.compareRates.ruler, m.common.verdict.crawls]],
  [
    'FollowUpDemo',
    FollowUpDemo,
    (m) => [m.demos.followUp.trainToEnd, m.demos.followUp.chainRule, m.common.takeThisStep],
  ],
];

describe('the demos in Japanese', () => {
  it('has English words to look for, so the checks below cannot pass by finding none', () => {
    expect(english.length).toBeGreaterThan(80);
    expect(english).toContain('before training');
  });

  it.each(DEMOS)('%s shows no English word of the message table with locale ja', (_, Demo) => {
    const page = render(Demo, 'ja');
    expect(english.filter((word) => page.includes(word))).toEqual([]);
  });

  it.each(DEMOS)('%s shows its words in Japanese with locale ja and in English by default', (_, Demo, words) => {
    const japanese = render(Demo, 'ja');
    const byDefault = render(Demo);
    for (const word of words(ja)) expect(japanese).toContain(word);
    for (const word of words(en)) expect(byDefault).toContain(word);
    expect(render(Demo, 'en')).toBe(byDefault);
  });

  it('words a divergence in Japanese by where the rate stood against the stable limit, and keeps core English line', () => {
    const english = 'the loss diverged at epoch 21 (loss 6.62e+5) with learning rate 0.0013; …';
    const base = { english, epoch: '21', lr: '1.3e-3' };
    const stops = [
      { ...base, limit: null, aboveLimit: false },
      { ...base, limit: '0.0012', aboveLimit: true },
      { ...base, limit: '0.0012', aboveLimit: false },
    ];
    const said = stops.map((stop) => ja.demos.neuronChart.stopped(stop));
    for (const stop of stops) expect(en.demos.neuronChart.stopped(stop)).toBe(`stopped: ${english}`);
    for (const line of said)
      expect(line).toMatch(/^停止: エポック 21 で損失が発散しました \(学習率 1\.3e-3\)。[^A-Za-z]*$/);
    expect(new Set(said).size).toBe(3);
  });
});
