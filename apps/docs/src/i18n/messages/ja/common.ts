import type { Messages } from '../en';

/** Words every demo shares: the run buttons, live status, legends. */
export const common: Messages['common'] = {
  train: '学習',
  pause: '一時停止',
  step: '1ステップ',
  reset: 'リセット',
};
