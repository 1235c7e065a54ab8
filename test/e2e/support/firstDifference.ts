/**
 * Where two texts first differ, by line, for failure messages that point at
 * the row instead of printing two files of thousands of lines.
 */

/** `null` when `got` equals `want`, otherwise the first differing line of each (1-based), quoted. */
export function firstDifference(got: string, want: string): string | null {
  if (got === want) return null;
  const gotLines = got.split('\n');
  const wantLines = want.split('\n');
  let i = 0;
  while (i < gotLines.length && i < wantLines.length && gotLines[i] === wantLines[i]) i++;
  const show = (line: string | undefined): string => (line === undefined ? '(end of file)' : JSON.stringify(line));
  return `line ${i + 1}: got ${show(gotLines[i])}, want ${show(wantLines[i])} (${gotLines.length} vs ${wantLines.length} lines)`;
}
