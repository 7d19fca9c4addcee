/** Words every demo shares: the run buttons, live status, legends. */
export const common = {
  train: 'Train',
  pause: 'Pause',
  step: 'Step',
  reset: 'Reset',
};
