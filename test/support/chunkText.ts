/**
 * A report's chunks as one text, for tests: text chunks as they are, byte
 * chunks decoded, each on its own (a chunk ends at a line's end, so none
 * splits a character; a fatal decoder would throw if one did).
 */
import type { ReportChunk } from '../../sim/report/index.js';

export function chunkText(chunks: Iterable<ReportChunk>): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  for (const chunk of chunks) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk);
  return text;
}
