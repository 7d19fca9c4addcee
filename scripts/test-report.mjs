// Counts tests from the vitest JSON reports every package writes to .reports/*.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The .reports folders of every workspace package. */
export function reportDirs(root) {
  const dirs = [];
  for (const group of ['packages', 'apps']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) dirs.push(join(base, name, '.reports'));
  }
  return dirs;
}

/** Sums passed and failed tests over all reports; a report that cannot be read counts as one failure. */
export function countReports(root) {
  let passed = 0;
  let failed = 0;
  let files = 0;
  for (const dir of reportDirs(root)) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      files++;
      try {
        const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        passed += report.numPassedTests ?? 0;
        failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
      } catch {
        failed++;
      }
    }
  }
  return { passed, failed, files };
}

// As a script: print "N passed, M failed" and fail when anything failed or nothing ran.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = countReports(process.argv[2] ?? process.cwd());
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}
