/**
 * A pane narrower than 300 CSS px: a 320 px pane at 200% zoom is 160 (WCAG 1.4.10, reflow). There
 * the pane gives its text the room that side columns, icons and indents take at full size, so a date
 * (kept whole: KeepWhole) always fits its line.
 */
export const NARROW = "@media (max-width: 299px)";
