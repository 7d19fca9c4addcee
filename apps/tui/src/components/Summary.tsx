import type { DoneEvent, ErrorEvent } from '@neuronlab/core';
import { formatInt, formatNumber, formatPercent } from '@neuronlab/lab';
import { Box, Text } from 'ink';
import { formatDuration } from '../format.js';
import type { Messages } from '../i18n/messages-en.js';
import { useMessages } from '../i18n/use-messages.js';
import { displayWidth, wrapToWidth } from '../text-width.js';

/**
 * One item of a finished run's outcome (`final loss 0.0353`): its words, then its number in bold; the first item is
 * how the run ended, in green (`✓ finished`). `sep` comes before it on a line; `keep` ranks it for a line too short
 * for all: the lowest goes first.
 */
interface OutcomePart {
  readonly lead?: string;
  readonly words: string;
  readonly value?: string;
  readonly sep: string;
  readonly keep: number;
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
  /** Advice about how the run trained (see lab's runAdvice), worded, on a line of its own; null for none. */
  advice: string | null;
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

const SEPARATOR = ' · ';

/**
 * A finished run's outcome, item by item: how it ended and after how long (`✓ finished after 300 epochs in 4.0s`),
 * the final loss, and what applies of the test loss, the accuracies and R². `elapsedMs` is NaN when unknown (a run
 * read back from its log). On one short line the items go in this order: the epochs and time (the progress line
 * shows them too), the final loss (the loss panel's title too), the training accuracy, the test loss; the test
 * accuracy, the run's verdict, stays.
 */
export function outcomeParts(d: DoneEvent, elapsedMs: number, t: Messages['summary']): OutcomePart[] {
  const m = d.metrics;
  const time = Number.isFinite(elapsedMs) ? formatDuration(elapsedMs) : null;
  const parts: OutcomePart[] = [
    { lead: `✓ ${t.reasons[d.reason]}`, words: '', sep: '', keep: Number.POSITIVE_INFINITY },
    { words: t.after(formatInt(d.epochs), time), sep: ' ', keep: 0 },
    { words: t.finalLoss, value: formatNumber(d.loss, 6), sep: SEPARATOR, keep: 1 },
  ];
  const item = (words: string, value: string, keep: number) => parts.push({ words, value, sep: SEPARATOR, keep });
  if (d.testLoss !== undefined) item(t.testLoss, formatNumber(d.testLoss, 6), 3);
  if (m?.accuracy !== undefined) item(t.accuracy, formatPercent(m.accuracy), 2);
  if (m?.testAccuracy !== undefined) item(t.testAccuracy, formatPercent(m.testAccuracy), 5);
  if (m?.r2 !== undefined && m.accuracy === undefined) item('R²', formatNumber(m.r2, 5), 4);
  return parts;
}

/** A part's text as it is drawn, without its separator. */
function partText(p: OutcomePart): string {
  return [p.lead, p.words, p.value].filter((s) => s !== undefined && s !== '').join(' ');
}

/** Columns a line of parts takes, separators included. */
function lineWidth(line: readonly OutcomePart[]): number {
  return line.reduce((w, p, i) => w + (i > 0 ? displayWidth(p.sep) : 0) + displayWidth(partText(p)), 0);
}

/**
 * The outcome's parts in at most `maxLines` lines for a summary `width` columns wide, frame and padding included.
 * With two or more, a line breaks only between parts, so no number is cut in two; the last line takes what is left
 * and is cut at the screen's edge. With one, the parts that do not fit are left out whole, lowest `keep` first.
 */
export function outcomeLines(parts: readonly OutcomePart[], width: number, maxLines: number): OutcomePart[][] {
  const room = width - 4;
  if (maxLines === 1) {
    const line = [...parts];
    const droppable = [...parts].filter((p) => Number.isFinite(p.keep)).sort((a, b) => a.keep - b.keep);
    while (lineWidth(line) > room && droppable.length > 0) line.splice(line.indexOf(droppable.shift()!), 1);
    return [line];
  }
  const lines: OutcomePart[][] = [];
  for (const part of parts) {
    const line = lines.at(-1);
    if (line && (lineWidth([...line, part]) <= room || lines.length === maxLines)) line.push(part);
    else lines.push([part]);
  }
  return lines;
}

/**
 * Rows the summary takes on screen, frame included: none while training; the outcome's lines; one more when there
 * is a learned formula or a saved file to name, and one for advice; for an error, its lines. The layout reserves exactly these, so
 * a finished network's run keeps the row a neuron's formula would take for its network panel.
 */
export function summaryRows(
  p: Pick<SummaryProps, 'done' | 'error' | 'errorLines' | 'outcomeLines' | 'learned' | 'saved' | 'advice'>,
): number {
  if (p.error) return p.errorLines.length + 2;
  if (!p.done) return 0;
  return p.outcomeLines.length + (p.learned || p.saved ? 1 : 0) + (p.advice ? 1 : 0) + 2;
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
            <Text key={part.lead ?? part.words}>
              {j > 0 ? part.sep : ''}
              {part.lead === undefined ? null : (
                <Text bold color="green">
                  {part.lead}
                </Text>
              )}
              {part.lead === undefined || part.words === '' ? '' : ' '}
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
      {p.advice ? (
        <Text color="yellow" wrap="truncate">
          {p.advice}
        </Text>
      ) : null}
    </Box>
  );
}
