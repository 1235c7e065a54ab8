/**
 * Report times written as ASCII bytes, `YYYY-MM-DDTHH:MMZ`, the same text as
 * `utcFormatter` without making a string: each hour's 14-byte prefix
 * (`YYYY-MM-DDTHH:`) is built once into a table and stored four bytes at a
 * time, then the minute's `MMZ`. An instance report writes nine times a
 * line, millions of lines.
 */
import { CACHED_HOURS, utcFormatter } from './formatUtc.js';

/** Bytes of `YYYY-MM-DDTHH:`, stored as three 32-bit words and one 16-bit one. */
const PREFIX_BYTES = 14;
const WORDS_PER_PREFIX = 4;
/** States of an hour's prefix in the table. */
const UNBUILT = 0;
const BUILT = 1;
const UNCACHEABLE = 2;

/** `MMZ` of each minute, little-endian: two bytes then one. */
const MINUTE_PAIRS = Uint16Array.from({ length: 60 }, (_, m) => (0x30 + Math.floor(m / 10)) | ((0x30 + (m % 10)) << 8));
const Z = 0x5a;

export class UtcBytes {
  private readonly text: (hours: number) => string;
  /** Each cached hour's prefix as little-endian words, built the first time the hour is written. */
  private readonly prefixes = new Uint32Array(CACHED_HOURS * WORDS_PER_PREFIX);
  private readonly built = new Uint8Array(CACHED_HOURS);

  /** Times are hours since 00:00 UTC of `epochDate` (YYYY-MM-DD). */
  constructor(epochDate: string) {
    this.text = utcFormatter(epochDate);
  }

  /**
   * Writes `hours` into the bytes under `view` at `at` (nothing for NaN,
   * "never happened"); returns the bytes written. The caller has made room.
   */
  write(view: DataView, at: number, hours: number): number {
    if (!Number.isFinite(hours)) return 0;
    // Round to the minute first, as utcFormatter does, so 23:59.7 becomes 00:00 of the next day.
    const minutes = Math.round(hours * 60);
    const hour = Math.floor(minutes / 60);
    if (!(hour >= 0 && hour < CACHED_HOURS)) return this.writeText(view, at, hours);
    if (this.built[hour] === UNBUILT) this.build(hour);
    if (this.built[hour] === UNCACHEABLE) return this.writeText(view, at, hours);
    const p = this.prefixes;
    const w = hour * WORDS_PER_PREFIX;
    view.setUint32(at, p[w], true);
    view.setUint32(at + 4, p[w + 1], true);
    view.setUint32(at + 8, p[w + 2], true);
    view.setUint16(at + 12, p[w + 3], true);
    view.setUint16(at + PREFIX_BYTES, MINUTE_PAIRS[minutes - hour * 60], true);
    view.setUint8(at + PREFIX_BYTES + 2, Z);
    return PREFIX_BYTES + 3;
  }

  private build(hour: number): void {
    const text = this.text(hour);
    // A year past 9999 makes a longer prefix: such hours are written through their text.
    if (text.length !== PREFIX_BYTES + 3) {
      this.built[hour] = UNCACHEABLE;
      return;
    }
    const bytes = new Uint8Array(WORDS_PER_PREFIX * 4);
    for (let k = 0; k < PREFIX_BYTES; k++) bytes[k] = text.charCodeAt(k);
    const words = new DataView(bytes.buffer);
    for (let k = 0; k < WORDS_PER_PREFIX; k++) this.prefixes[hour * WORDS_PER_PREFIX + k] = words.getUint32(4 * k, true);
    this.built[hour] = BUILT;
  }

  /** A time outside the cached hours, through its text. */
  private writeText(view: DataView, at: number, hours: number): number {
    const text = this.text(hours);
    for (let k = 0; k < text.length; k++) view.setUint8(at + k, text.charCodeAt(k));
    return text.length;
  }
}
