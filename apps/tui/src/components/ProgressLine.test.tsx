import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../text-width.js';
import { type ProgressInfo, ProgressLine } from './ProgressLine.js';

const at = (etaMs: number): ProgressInfo => ({
  epoch: 40,
  total: 100,
  rate: 2500,
  elapsedMs: 1200,
  etaMs,
  pace: '2,500 ep/s',
});

describe('ProgressLine', () => {
  it('keeps one form on a line at the edge of fitting while a number changes width, instead of switching every frame', () => {
    // wide enough for the form with the elapsed time while the ETA reads 1.2s (4 columns), too narrow at 800ms (5)
    const withElapsed = ' epoch 40/100  2,500 ep/s  elapsed 1.2s  ETA 1.2s  pace 2,500 ep/s';
    const width = 10 + displayWidth(withElapsed) + 1;
    const app = render(<ProgressLine p={at(1200)} width={width} />);
    const frames: string[] = [app.lastFrame() ?? ''];
    for (const eta of [800, 1200, 800, 1200, 800, 1200]) {
      app.rerender(<ProgressLine p={at(eta)} width={width} />);
      frames.push(app.lastFrame() ?? '');
    }
    // the first frame fits the elapsed time; once the ETA needs the column, it goes and stays gone
    expect(frames[0]).toContain('elapsed 1.2s');
    expect(frames.slice(1).map((f) => f.includes('elapsed'))).toEqual([false, false, false, false, false, false]);
    for (const f of frames) expect(f).toMatch(/pace 2,500 ep\/s$/);
    // with room to spare it comes back
    app.rerender(<ProgressLine p={at(1200)} width={width + 3} />);
    expect(app.lastFrame()).toContain('elapsed 1.2s');
  });
});
