import { useMessages } from '../../i18n/use-messages';

/** Props of RunControls. */
export interface RunControlsProps {
  running: boolean;
  /** Start or pause. */
  onToggle: () => void;
  /** One step (one epoch) while paused. */
  onStep: () => void;
  /** Back to the start. */
  onReset: () => void;
  /** Disables Train and Step, e.g. after divergence or when every epoch is done. */
  finished?: boolean;
  /** Label of the step button. @default the locale's word for one step */
  stepLabel?: string;
}

/** Train / Pause, Step and Reset buttons, each a real button so they work from the keyboard. */
export function RunControls({ running, onToggle, onStep, onReset, finished = false, stepLabel }: RunControlsProps) {
  const t = useMessages().common;
  return (
    <>
      <button type="button" onClick={onToggle} disabled={finished && !running} data-action="toggle">
        {running ? t.pause : t.train}
      </button>
      <button type="button" onClick={onStep} disabled={running || finished} data-action="step">
        {stepLabel ?? t.step}
      </button>
      <button type="button" onClick={onReset} data-action="reset">
        {t.reset}
      </button>
    </>
  );
}
