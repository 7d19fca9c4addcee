/**
 * The width of the text column on a 390 px phone, the narrowest screen the site is laid out for: a diagram drawn
 * `width` units wide is shown that many pixels wide there.
 */
const PHONE_COLUMN = 358;

/** The size of a diagram's small text on a phone (px on screen): the charts' tick labels are as large. */
const PHONE_SMALL = 11;
/** The size of a diagram's labels (the names in its nodes) on a phone. */
const PHONE_LABEL = 12;

/**
 * The figure's style for a diagram `width` units wide: its small text and labels on a phone, in its own units, so that
 * they stay readable where the drawing shrinks to fit the column. diagram.css applies them below 50rem, never below
 * the drawing's own sizes; wider screens keep those.
 */
export function phoneTextStyle(width: number): string {
  const units = (px: number) => Math.ceil((px * width) / PHONE_COLUMN);
  return `--diagram-small-phone: ${units(PHONE_SMALL)}px; --diagram-label-phone: ${units(PHONE_LABEL)}px`;
}
