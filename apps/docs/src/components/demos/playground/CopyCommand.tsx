import { useState } from 'react';

/** The CLI command that reproduces the run, with a button that copies it. */
export function CopyCommand({ command }: { command: string }) {
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
        Copy as CLI command
      </button>
      <span role="status">
        {copied === 'done' ? 'copied' : copied === 'failed' ? 'the browser refused; select the text instead' : ''}
      </span>
    </div>
  );
}
