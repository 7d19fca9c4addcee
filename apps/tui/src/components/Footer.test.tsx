import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { ja } from '../i18n/messages-ja.js';
import { MessagesProvider } from '../i18n/use-messages.js';
import { displayWidth } from '../text-width.js';
import { Footer } from './Footer.js';

function legend(width: number, message?: string): string {
  const ui = (
    <MessagesProvider messages={ja}>
      <Footer finished={false} network width={width} message={message} />
    </MessagesProvider>
  );
  return render(ui).lastFrame() ?? '';
}

describe('Footer in Japanese', () => {
  it('describes the keys in full when the legend fits, the key names unchanged', () => {
    const f = legend(119);
    expect(f).toContain('space 一時停止/再開');
    expect(f).toContain('n 1ステップ');
    expect(f).toContain('←↑↓→ ニューロン');
    expect(f).toContain('i 式');
  });

  it('takes the short descriptions when the full legend is wider than the terminal by display width', () => {
    // the full legend is 96 columns wide but only 67 characters long: counting characters would keep it
    const f = legend(79);
    expect(f).toContain('space 停止');
    expect(f).toContain('←↑↓→ 選択');
    expect(displayWidth(f)).toBeLessThanOrEqual(79);
  });

  it('leaves room for a Japanese message by its display width', () => {
    expect(legend(99, '保存しました: neuronlab-model.json')).toContain('space 停止');
  });
});
