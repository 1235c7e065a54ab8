/** A typed array the kernel's stores can grow. */
type GrowableArray = Float64Array | Int32Array | Uint8Array;

/**
 * A copy of `array` lengthened to `length`, the new tail zeroed: how the
 * kernel's typed-array stores grow (a typed array cannot grow in place).
 */
export function grownCopy<T extends GrowableArray>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}
