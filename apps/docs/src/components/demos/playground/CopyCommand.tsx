import { useState } from 'react';
import { useMessages } from '../../../i18n/use-messages';

/** The CLI command that reproduces the run, with a button that copies it. */
export function CopyCommand({ command }: { command: string }) {
  const t = useMessages().playground;
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <div className="nl-controls">
      <code data-testid="cli-command">{command}</code>
      <button
        type="button"
        onClick={() => {
          navigator.clipboard.writeText(command).then(
            () => setCopied('done'),
            () => setCopied('failed'),
          );
        }}
      >
        {t.copyCommand}
      </button>
      <span role="status">{copied === 'done' ? t.copied : copied === 'failed' ? t.copyFailed : ''}</span>
    </div>
  );
}
