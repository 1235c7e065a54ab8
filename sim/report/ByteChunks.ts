/**
 * CSV written as UTF-8 bytes straight into fixed-size chunks, like a
 * typesetter filling one galley after another: a report of millions of lines
 * makes no string per line, and a chunk goes out whole when the next line
 * would not fit, so no chunk splits a line (or a character).
 */
import type { UtcBytes } from './UtcBytes.js';

/** Bytes a chunk holds unless a single line needs more. */
export const CHUNK_BYTES = 1 << 20;
/** Bytes up to which `bytes` copies in a loop. */
const SMALL_COPY = 32;
const ZERO = 0x30;
const DOT = 0x2e;
const INT32_MAX = 0x7fffffff;
/** 10^d for the decimals the reports keep. */
const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1000000];

export class ByteChunks {
  private buffer: Uint8Array<ArrayBuffer>;
  /** The same bytes, for writing several at a time. */
  private view: DataView;
  private at = 0;

  constructor(private readonly chunkBytes = CHUNK_BYTES) {
    this.buffer = new Uint8Array(chunkBytes);
    this.view = new DataView(this.buffer.buffer);
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

  /** Bytes encoded beforehand (user text as UTF-8, or the reports' own words). */
  bytes(bytes: Uint8Array): void {
    const n = bytes.length;
    // A word or a name is a few bytes: a loop copies them faster than set() is called.
    if (n > SMALL_COPY) {
      this.buffer.set(bytes, this.at);
    } else {
      const buffer = this.buffer;
      const at = this.at;
      for (let k = 0; k < n; k++) buffer[at + k] = bytes[k];
    }
    this.at += n;
  }

  /** A whole number from 0 up (a count), in decimal. */
  uint(value: number): void {
    if (value < 10) {
      this.buffer[this.at++] = ZERO + value;
      return;
    }
    let digits = 1;
    for (let x = value; x >= 10; x = Math.floor(x / 10)) digits++;
    const buffer = this.buffer;
    let rest = value;
    for (let k = this.at + digits - 1; k >= this.at; k--) {
      const digit = rest % 10;
      buffer[k] = ZERO + digit;
      rest = (rest - digit) / 10;
    }
    this.at += digits;
  }

  /**
   * `value` rounded to `decimals` places, the same text as
   * `String(round(value, decimals))` without making it: nothing for NaN.
   */
  rounded(value: number, decimals: number): void {
    if (!Number.isFinite(value)) return;
    const scale = POWERS_OF_TEN[decimals] ?? 10 ** decimals;
    const scaled = Math.round(value * scale);
    // Whole numbers of thousandths (say) up to 2^31 are exact, and the shortest text of one over the scale is the plain decimal.
    if (!(scaled >= 0 && scaled <= INT32_MAX && decimals < POWERS_OF_TEN.length)) {
      this.ascii(String(scaled / scale + 0));
      return;
    }
    const whole = (scaled / scale) | 0;
    this.uint(whole);
    let fraction = (scaled - whole * scale) | 0;
    if (fraction === 0) return;
    let places = decimals;
    while (fraction % 10 === 0) {
      fraction = (fraction / 10) | 0;
      places--;
    }
    const buffer = this.buffer;
    buffer[this.at++] = DOT;
    const end = this.at + places;
    for (let k = end - 1; k >= this.at; k--) {
      const next = (fraction / 10) | 0;
      buffer[k] = ZERO + fraction - next * 10;
      fraction = next;
    }
    this.at = end;
  }

  /** A report time, `YYYY-MM-DDTHH:MMZ`; nothing for NaN. */
  utc(times: UtcBytes, hours: number): void {
    this.at += times.write(this.view, this.at, hours);
  }

  /** One byte, such as a comma or a line feed. */
  byte(code: number): void {
    this.buffer[this.at++] = code;
  }

  private take(room: number): Uint8Array<ArrayBuffer> | undefined {
    const written = this.at > 0 ? this.buffer.subarray(0, this.at) : undefined;
    // A fresh buffer, not a reused one: a chunk handed out may be kept (a download joins them all).
    if (written || room > this.buffer.length) {
      this.buffer = new Uint8Array(Math.max(this.chunkBytes, room));
      this.view = new DataView(this.buffer.buffer);
    }
    this.at = 0;
    return written;
  }
}
