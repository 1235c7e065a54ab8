/**
 * Chunks of text as one block of UTF-8 bytes, encoded chunk by chunk: a
 * download in the browser needs the whole file, but never as one string
 * (a JavaScript string stops at about 512 million characters).
 */
import type { ReportChunk } from './reportFiles.js';

/** The UTF-8 bytes of the chunks, in order. */
export function streamBytes(chunks: Iterable<ReportChunk>): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    length += bytes.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
