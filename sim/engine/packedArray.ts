/**
 * An array of `length` items made by `item(index)`, always with packed
 * elements. `Array.prototype.map` and `Array.from` give packed arrays when
 * they run as builtins but holey ones once TurboFan inlines them into an
 * optimized caller, so the same constructor makes arrays of two shapes from
 * one run to the next, and every hot function specialized on one shape is
 * thrown away when the other comes (a release wave's second run in a warm
 * worker deoptimized some 20 functions this way). Filling by push keeps one shape.
 */
export function packedArray<T>(length: number, item: (index: number) => T): T[] {
  const items: T[] = [];
  for (let k = 0; k < length; k++) items.push(item(k));
  return items;
}
