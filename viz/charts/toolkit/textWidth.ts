/**
 * Text width without measuring: layouts (legends, marker labels) must be
 * computed before anything is drawn and also where no layout engine runs
 * (tests, jsdom), so widths are estimated from the character count.
 */

/** Chart text size, px. */
export const FONT_SIZE = 11;
/** Font stack of every chart (also written into exported SVGs). */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** The estimated width in px of `text` at `fontSize`: generous, so labels sized by it do not collide. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * 0.6;
}

/** `text`, cut with an ellipsis so that its estimated width fits `width` px (whole when it fits). */
export function fitText(text: string, width: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = Math.max(1, Math.floor(width / (fontSize * 0.6)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}
