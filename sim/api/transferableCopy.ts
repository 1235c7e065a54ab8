/**
 * A copy of a result for posting to another thread, like packing a set of
 * prints instead of lending the negatives: every typed array is copied into a
 * buffer of its own, and those buffers are listed so that they can be
 * transferred (moved, not cloned) while the originals stay where they were.
 */

/** `value` with every typed array copied, and the buffers of the copies. */
export function transferableCopy<T>(value: T): { value: T; buffers: ArrayBuffer[] } {
  const buffers: ArrayBuffer[] = [];
  const copy = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) {
      // Typed arrays only: `slice` gives a fresh buffer holding just this view's bytes.
      const copied = (v as unknown as { slice(): ArrayBufferView<ArrayBuffer> }).slice();
      buffers.push(copied.buffer);
      return copied;
    }
    if (Array.isArray(v)) return v.map(copy);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
    return v;
  };
  return { value: copy(value) as T, buffers };
}
