import { useState } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { CODE_WORD_CLASS, codeParts } from '../../../markdown/rehype-code-words';

/** The CLI command that reproduces the run, with a button that copies it. */
export function CopyCommand({ command }: { command: string }) {
  const t = useMessages().playground;
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <div className="nl-controls">
      <code data-testid="cli-command">
        {codeParts(command).map(({ text, whole }, i) =>
          // a flag stays whole (see rehype-code-words.ts); the parts never reorder, so their place is their key
          whole ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string, in its order
            <span key={i} className={CODE_WORD_CLASS}>
              {text}
            </span>
          ) : (
            text
          ),
        )}
      </code>
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
