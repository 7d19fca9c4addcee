import type { NumberRule } from '@neuronlab/core';

/** A number rule's words in Japanese: `0 より大きく 10 以下の数`, `1 から 100 までの整数`, `有限の数`. */
export function ruleJa(rule: NumberRule): string {
  const kind = rule.integer ? '整数' : '数';
  const { min, max } = rule;
  if (min !== undefined && max !== undefined && !rule.minExclusive && !rule.maxExclusive) {
    return `${min} から ${max} までの${kind}`;
  }
  if (min === undefined && max === undefined) return `有限の${kind}`;
  // `より大きい` is an adjective (no の before the noun, `より大きく` before another bound); the rest are nouns
  const low =
    min === undefined
      ? null
      : `${min} ${rule.minExclusive ? (max === undefined ? 'より大きい' : 'より大きく') : '以上'}`;
  const high = max === undefined ? null : `${max} ${rule.maxExclusive ? '未満' : '以下'}`;
  const words = [low, high].filter((w) => w !== null).join(' ');
  return `${words}${high === null && rule.minExclusive ? '' : 'の'}${kind}`;
}
