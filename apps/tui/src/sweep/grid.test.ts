import { RECIPE_FLAGS } from '@neuronlab/lab';
import { describe, expect, it } from 'vitest';
import { axisValues, gridOf, sweepAxes } from './grid.js';

const LR = { flag: '--lr' };

describe('sweep grid', () => {
  it('reads comma lists, integer ranges and log ranges with both ends exact', () => {
    expect(axisValues(LR, '1e-5,1e-4,1e-3')).toEqual(['1e-5', '1e-4', '1e-3']);
    expect(axisValues({ flag: '--seed' }, '1..5')).toEqual(['1', '2', '3', '4', '5']);
    expect(axisValues(LR, '1e-5..1e-2:log4')).toEqual(['1e-5', '1e-4', '1e-3', '1e-2']);
    // values between the ends: four significant digits, small ones in exponent form as rates are written
    expect(axisValues(LR, '1e-5..1e-2:log6')).toEqual(['1e-5', '3.981e-5', '1.585e-4', '6.31e-4', '0.002512', '1e-2']);
    expect(axisValues(LR, '0..1:3')).toEqual(['0', '0.5', '1']);
  });

  it('splits the flags whose one value is a comma list on semicolons, as the recipe table marks them', () => {
    const marked = RECIPE_FLAGS.filter((f) => f.commaList).map((f) => f.flag);
    expect(marked).toEqual(['--features', '--hidden', '--activation']);
    expect(sweepAxes({ hidden: '4;8;16,16' })[0]!.values).toEqual(['4', '8', '16,16']);
    expect(sweepAxes({ activation: 'relu,tanh;tanh' })[0]!.values).toEqual(['relu,tanh', 'tanh']);
    expect(sweepAxes({ features: 'x1,x2,x1^2' })[0]!.values).toEqual(['x1,x2,x1^2']);
    expect(sweepAxes({ features: 'x1,x2;x1,x2,x1^2' })[0]!.values).toEqual(['x1,x2', 'x1,x2,x1^2']);
  });

  it('makes the product of the axes, the first varying slowest', () => {
    const grid = gridOf(sweepAxes({ optimizer: 'sgd,adam', seed: '1..2', epochs: '10' }));
    expect(grid).toEqual([
      { optimizer: 'sgd', seed: '1', epochs: '10' },
      { optimizer: 'sgd', seed: '2', epochs: '10' },
      { optimizer: 'adam', seed: '1', epochs: '10' },
      { optimizer: 'adam', seed: '2', epochs: '10' },
    ]);
  });

  it.each([
    ['1e-5..', /range must be/],
    ['5..1', /whole numbers a <= b/],
    ['-1..1e-2:log3', /both ends > 0/],
    ['1e-4,,1e-3', /empty value/],
  ])('refuses the list %s with a line that says what is allowed', (text, message) => {
    expect(() => axisValues(LR, text)).toThrow(message);
  });
});
