/**
 * CSV written as UTF-8 bytes straight into fixed-size chunks, like a
 * typesetter filling one galley after another: a report of millions of lines
 * makes no string per line, and a chunk goes out whole when the next line
 * would not fit, so no chunk splits a line (or a character).
 */

/** Bytes a chunk holds unless a single line needs more. */
export const CHUNK_BYTES = 1 << 20;

export class ByteChunks {
  private buffer: Uint8Array<ArrayBuffer>;
  private at = 0;

  constructor(private readonly chunkBytes = CHUNK_BYTES) {
    this.buffer = new Uint8Array(chunkBytes);
  }

  /**
   * Makes room for `n` more bytes (a line's most): when they would not fit,
   * returns the bytes written so far, to be handed out before writing on.
   */
  reserve(n: number): Uint8Array<ArrayBuffer> | undefined {
    if (this.at + n <= this.buffer.length) return undefined;
    return this.take(n);
  }

  /** The bytes written and not yet handed out, or undefined when none are. */
  rest(): Uint8Array<ArrayBuffer> | undefined {
    return this.take(0);
  }

  /** Text of ASCII characters only (the reports' own words, times and numbers), a byte each. */
  ascii(text: string): void {
    const buffer = this.buffer;
    let at = this.at;
    for (let k = 0; k < text.length; k++) buffer[at++] = text.charCodeAt(k);
    this.at = at;
  }

  /** Bytes encoded beforehand (user text, as UTF-8). */
  bytes(bytes: Uint8Array): void {
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** One byte, such as a comma or a line feed. */
  byte(code: number): void {
    this.buffer[this.at++] = code;
  }

  private take(room: number): Uint8Array<ArrayBuffer> | undefined {
    const written = this.at > 0 ? this.buffer.subarray(0, this.at) : undefined;
    // A fresh buffer, not a reused one: a chunk handed out may be kept (a download joins them all).
    if (written || room > this.buffer.length) this.buffer = new Uint8Array(Math.max(this.chunkBytes, room));
    this.at = 0;
    return written;
  }
}
