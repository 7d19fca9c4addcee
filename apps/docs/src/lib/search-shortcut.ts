/** The parts of a key press that decide whether it opens the site's search. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** The parts of the focused element that tell whether the reader is typing into it. */
export interface KeyTarget {
  readonly tagName?: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
}

// Inputs that take no typed text: a key press on them is free for the page's shortcuts.
const UNTYPED_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** True while keys go into a text field, a select or editable content, where `/` and Ctrl+K belong to the field. */
export function isTypingInto(target: KeyTarget | null): boolean {
  if (!target?.tagName) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !UNTYPED_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/** True when a key press should open the search: `/`, or Ctrl+K (⌘K on Apple), unless the reader is typing. */
export function opensSearch(press: KeyPress, target: KeyTarget | null): boolean {
  if (press.altKey || isTypingInto(target)) return false;
  if (press.key === '/') return !press.ctrlKey && !press.metaKey;
  return press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey);
}
