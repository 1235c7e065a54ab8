/**
 * An aligned plain-text table for the terminal: columns padded to their
 * widest cell, numbers right-aligned. Plain text, so it also fits a log or
 * an issue.
 */

/** Control characters in user text (scenario and region names) would move the cursor or ring the bell. */
function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, '?');
}

/**
 * `header` and `rows` as lines ending in "\n", two spaces between columns;
 * the columns whose index is in `rightAligned` are padded on the left.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const lines = [header, ...rows].map((line) => line.map(printable));
  const widths = header.map((_, c) => Math.max(...lines.map((line) => (line[c] ?? '').length)));
  return lines
    .map((line) =>
      line
        .map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}
