/**
 * The names most like a mistyped one, for a "no such run" line: a sweep writes runs whose names differ in one
 * setting (trial-9-hidden16x16-lr3), so the run meant is usually the one a few characters away.
 */

/** The `count` names nearest to `name` by edit distance, nearest first; ties keep the order given. */
export function nearestNames(name: string, names: readonly string[], count: number): string[] {
  return names
    .map((n, i) => ({ n, i, d: editDistance(name, n) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((e) => e.n);
}

/** Levenshtein distance: the fewest insertions, deletions and substitutions that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  // one row of the dynamic-programming table at a time: prev[j] is the distance from a[0, i) to b[0, j)
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (same ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length]!;
}
