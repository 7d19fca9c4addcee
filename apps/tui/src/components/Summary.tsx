import type { DoneEvent, ErrorEvent } from '@neuronlab/core';
import { formatInt, formatNumber, formatPercent } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import { formatDuration } from '../format.js';
import type { Messages } from '../i18n/messages-en.js';
import { useMessages } from '../i18n/use-messages.js';
import { displayWidth, wrapToWidth } from '../text-width.js';

/** One item of a finished run's outcome (`final loss 0.0353`): its words, then its number in bold; the first item
 * leads with how the run ended, in green (`✓ finished`). */
interface OutcomePart {
  readonly lead?: string;
  readonly words: string;
  readonly value?: string;
}

/** What the summary shows. */
interface SummaryProps {
  done: DoneEvent | null;
  error: ErrorEvent | null;
  /** The error's diagnosis as the summary's lines (see errorLines); empty without an error. */
  errorLines: readonly string[];
  /** A finished run's outcome as the summary's lines (see outcomeLines); empty while training or after an error. */
  outcomeLines: readonly (readonly OutcomePart[])[];
  learned: string | null;
  saved?: string | undefined;
}

/** Most lines a failed run's diagnosis takes: enough for the stable-rate advice at 80 columns, in either language. */
const MAX_ERROR_LINES = 3;

/**
 * A failed run's diagnosis (`text`, ✗ added) wrapped for a summary `width` columns wide, frame and padding included:
 * the advice at its end (the largest stable rate) is the lesson, so it is wrapped, not cut, up to MAX_ERROR_LINES.
 */
export function errorLines(text: string, width: number): string[] {
  return wrapToWidth(`✗ ${text}`, width - 4, MAX_ERROR_LINES);
}

/** Most lines a finished run's outcome takes: at 80 columns a classifier's test accuracy comes last, on the second. */
const MAX_OUTCOME_LINES = 2;

/**
 * A finished run's outcome, item by item: how it ended and after how long (`✓ finished after 300 epochs in 4.0s`),
 * the final loss, and what applies of the test loss, the accuracies and R². `elapsedMs` is NaN when unknown (a run
 * read back from its log).
 */
export function outcomeParts(d: DoneEvent, elapsedMs: number, t: Messages['summary']): OutcomePart[] {
  const m = d.metrics;
  const time = Number.isFinite(elapsedMs) ? formatDuration(elapsedMs) : null;
  const parts: OutcomePart[] = [
    { lead: `✓ ${t.reasons[d.reason]}`, words: t.after(formatInt(d.epochs), time) },
    { words: t.finalLoss, value: formatNumber(d.loss, 6) },
  ];
  if (d.testLoss !== undefined) parts.push({ words: t.testLoss, value: formatNumber(d.testLoss, 6) });
  if (m?.accuracy !== undefined) parts.push({ words: t.accuracy, value: formatPercent(m.accuracy) });
  if (m?.testAccuracy !== undefined) parts.push({ words: t.testAccuracy, value: formatPercent(m.testAccuracy) });
  if (m?.r2 !== undefined && m.accuracy === undefined) parts.push({ words: 'R²', value: formatNumber(m.r2, 5) });
  return parts;
}

const SEPARATOR = ' · ';

/** A part's text as it is drawn. */
function partText(p: OutcomePart): string {
  return [p.lead, p.words, p.value].filter((s) => s !== undefined).join(' ');
}

/**
 * The outcome's parts in lines for a summary `width` columns wide, frame and padding included: a line breaks only
 * between parts, so no number is cut in two, and the test accuracy, the last and often the point, is never cut off.
 * Past MAX_OUTCOME_LINES, the last line takes the rest and is cut at the screen's edge.
 */
export function outcomeLines(parts: readonly OutcomePart[], width: number): OutcomePart[][] {
  const room = width - 4;
  const lines: OutcomePart[][] = [];
  let used = 0;
  for (const part of parts) {
    const w = displayWidth(partText(part));
    const line = lines.at(-1);
    if (line && (used + SEPARATOR.length + w <= room || lines.length === MAX_OUTCOME_LINES)) {
      line.push(part);
      used += SEPARATOR.length + w;
    } else {
      lines.push([part]);
      used = w;
    }
  }
  return lines;
}

/**
 * Rows the summary takes on screen, frame included: none while training; the outcome's lines; and one more when
 * there is a learned formula or a saved file to name; for an error, its lines. The layout reserves exactly these, so
 * a finished network's run keeps the row a neuron's formula would take for its network panel.
 */
export function summaryRows(
  p: Pick<SummaryProps, 'done' | 'error' | 'errorLines' | 'outcomeLines' | 'learned' | 'saved'>,
): number {
  if (p.error) return p.errorLines.length + 2;
  if (!p.done) return 0;
  return p.outcomeLines.length + (p.learned || p.saved ? 1 : 0) + 2;
}

/** What stays on screen when training ends: final loss, the learned parameters or accuracy, and the time. */
export function Summary(p: SummaryProps) {
  const t = useMessages().summary;
  if (p.error) {
    return (
      <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1}>
        {p.errorLines.map((line, i) => (
          // the lines are fixed for a frame; their order is their identity
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Text key={i} color="red" wrap="truncate">
            {line}
          </Text>
        ))}
      </Box>
    );
  }
  if (!p.done) return null;
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="green" paddingX={1}>
      {p.outcomeLines.map((line, i) => (
        // the lines are fixed for a frame; their order is their identity
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Text key={i} wrap="truncate">
          {line.map((part, j) => (
            <Text key={part.words}>
              {j > 0 ? SEPARATOR : ''}
              {part.lead === undefined ? null : (
                <Text bold color="green">
                  {part.lead}
                </Text>
              )}
              {part.lead === undefined ? '' : ' '}
              {part.words}
              {part.value === undefined ? '' : ' '}
              {part.value === undefined ? null : <Text bold>{part.value}</Text>}
            </Text>
          ))}
        </Text>
      ))}
      {p.learned || p.saved ? (
        <Text wrap="truncate">
          {p.learned ? <Text bold>{p.learned}</Text> : null}
          {p.saved ? <Text color="gray"> · {t.savedTo(p.saved)}</Text> : null}
        </Text>
      ) : null}
    </Box>
  );
}
