import { describe, expect, it } from 'vitest';
import { Rng } from '../rng.js';
import { detMath } from './det-math.js';

// Math.* in V8 is within 1 ulp (2.2e-16 relative) of the true value and detMath within ~2 ulp, so two correct
// implementations differ by at most ~3 ulp; 1e-15 (≈ 4.5 ulp) leaves a little room and still catches any real error.
const TOLERANCE = 1e-15;

type Case = readonly [label: string, low: number, high: number];

/** Largest relative difference of f from reference over 4,000 seeded inputs uniform in [low, high). */
function worstRelativeError(f: (x: number) => number, reference: (x: number) => number, [, low, high]: Case): number {
  const rng = new Rng(7);
  let worst = 0;
  for (let i = 0; i < 4000; i++) {
    const x = rng.uniform(low, high);
    const want = reference(x);
    const got = f(x);
    const error = want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
    if (!(error <= worst)) worst = error; // a NaN result makes worst NaN, which fails the assertion
  }
  return worst;
}

const sigmoidReference = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

const accuracy: readonly [string, (x: number) => number, (x: number) => number, readonly Case[]][] = [
  [
    'exp',
    detMath.exp,
    Math.exp,
    [
      ['[-1, 1]', -1, 1],
      ['[-745, 709]', -745, 709],
      ['subnormal results', -745, -708],
    ],
  ],
  [
    'expm1',
    detMath.expm1,
    Math.expm1,
    [
      ['[-1e-6, 1e-6]', -1e-6, 1e-6],
      ['[-2, 2]', -2, 2],
      ['[-40, 709]', -40, 709],
    ],
  ],
  [
    'log',
    detMath.log,
    Math.log,
    [
      ['[0.5, 2]', 0.5, 2],
      ['[0, 1e300]', 0, 1e300],
      ['subnormals', 0, 2.2e-308],
    ],
  ],
  [
    'log1p',
    detMath.log1p,
    Math.log1p,
    [
      ['[-1e-6, 1e-6]', -1e-6, 1e-6],
      ['(-1, 1]', -1, 1],
      ['[1, 1e20]', 1, 1e20],
    ],
  ],
  [
    'tanh',
    detMath.tanh,
    Math.tanh,
    [
      ['[-1e-6, 1e-6]', -1e-6, 1e-6],
      ['[-1, 1]', -1, 1],
      ['[-25, 25]', -25, 25],
    ],
  ],
  [
    'sigmoid',
    detMath.sigmoid,
    sigmoidReference,
    [
      ['[-40, 40]', -40, 40],
      ['[-700, 700]', -700, 700],
    ],
  ],
  [
    'sin',
    detMath.sin,
    Math.sin,
    [
      ['[-π, π]', -4, 4],
      ['[-1e6, 1e6]', -1e6, 1e6],
      ['huge', -1e300, 1e300],
    ],
  ],
  [
    'cos',
    detMath.cos,
    Math.cos,
    [
      ['[-π, π]', -4, 4],
      ['[-1e6, 1e6]', -1e6, 1e6],
      ['beyond 2.1e8', 2.2e8, 1e16],
    ],
  ],
  [
    'pow(x, 2.37)',
    (x) => detMath.pow(x, 2.37),
    (x) => x ** 2.37,
    [
      ['[0, 10]', 0, 10],
      ['[0, 1e100]', 0, 1e100],
    ],
  ],
  ['pow(1.7, y)', (y) => detMath.pow(1.7, y), (y) => 1.7 ** y, [['[-1000, 1000]', -1000, 1000]]],
  ['pow(x, -13)', (x) => detMath.pow(x, -13), (x) => x ** -13, [['[0.01, 2]', 0.01, 2]]],
  [
    'pow(0.999, t) for Adam steps t',
    (t) => detMath.pow(0.999, Math.floor(t)),
    (t) => 0.999 ** Math.floor(t),
    [['[1, 1e6]', 1, 1e6]],
  ],
];

describe('detMath accuracy', () => {
  for (const [name, f, reference, cases] of accuracy) {
    it.each(cases)(`keeps ${name} within 1e-15 relative of Math on %s`, (...c) => {
      expect(worstRelativeError(f, reference, c)).toBeLessThanOrEqual(TOLERANCE);
    });
  }

  it('keeps sin and cos within 1e-15 of Math next to multiples of π/2, where reduction cancels most', () => {
    for (let k = 1; k < 2000; k++) {
      for (const x of [(k * Math.PI) / 2, Math.fround((k * Math.PI) / 2)]) {
        // absolute error: near a zero the value itself is tiny (~1e-16·k), so its size is the fair yardstick
        expect(Math.abs(detMath.sin(x) - Math.sin(x))).toBeLessThanOrEqual(TOLERANCE);
        expect(Math.abs(detMath.cos(x) - Math.cos(x))).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });
});

describe('detMath special values', () => {
  const { exp, expm1, log, log1p, tanh, sigmoid, sin, cos, pow } = detMath;
  const inf = Number.POSITIVE_INFINITY;

  it('handles NaN, infinities and signed zeros like Math', () => {
    const inputs = [Number.NaN, inf, -inf, 0, -0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1];
    const pairs = [
      [exp, Math.exp],
      [expm1, Math.expm1],
      [log, Math.log],
      [log1p, Math.log1p],
      [tanh, Math.tanh],
      [sin, Math.sin],
      [cos, Math.cos],
    ] as const;
    for (const [f, g] of pairs) {
      for (const x of inputs) {
        const want = g(x);
        // exact equality (Object.is tells −0 from 0): at these points every correct result is a single value
        if (!Number.isFinite(want) || want === 0 || Math.abs(want) === 1)
          expect([f.name, x, f(x)]).toEqual([f.name, x, want]);
        else expect(Math.abs(f(x) - want) / Math.abs(want)).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it('overflows and underflows exp at the same limits as Math', () => {
    expect(exp(709.782712893384)).toBe(Math.exp(709.782712893384));
    expect(exp(709.7827128933841)).toBe(inf);
    expect(exp(-745.1332191019411)).toBe(5e-324);
    expect(exp(-745.1332191019412)).toBe(0);
    expect(expm1(-50)).toBe(-1);
  });

  it('keeps sigmoid finite and exact at its ends', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(Number.NaN)).toBeNaN();
  });

  it('follows Math.pow on every special pair', () => {
    const values = [Number.NaN, inf, -inf, 0, -0, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 2.5, -2.5];
    for (const x of values) {
      for (const y of values) {
        const want = x ** y;
        // pairs with a NaN, infinite or zero operand have one defined answer; the rest only need to be accurate
        if ([x, y].some((v) => !Number.isFinite(v) || v === 0) || Number.isNaN(want)) {
          expect([x, y, pow(x, y)]).toEqual([x, y, want]);
        } else expect(Math.abs(pow(x, y) - want) / Math.abs(want)).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it('gives exact integer powers exactly', () => {
    expect(pow(3, 5)).toBe(243);
    expect(pow(10, 15)).toBe(1e15);
    expect(pow(2, -3)).toBe(0.125);
    expect(pow(-1.5, 3)).toBe(-3.375);
    expect(pow(2, 1023)).toBe(8.98846567431158e307);
    expect(pow(2, -1074)).toBe(5e-324);
    expect(pow(2, 1024)).toBe(inf);
    expect(pow(10, 400)).toBe(inf);
    expect(pow(10, -400)).toBe(0);
  });
});
