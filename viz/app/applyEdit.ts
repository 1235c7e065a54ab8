/**
 * Changing one value of a scenario as the user wrote it (before defaults are
 * filled in), the way a form edit does: the result is a new scenario sharing
 * every untouched branch with the old one, so the rest of the file, its field
 * order and anything the form does not show survive as they were.
 */
import type { PathSegment } from './scenarioPath.js';

/** The value at `segments`, or undefined when any step is missing. */
export function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/**
 * `data` with the value at `segments` replaced by `value`, or removed when
 * `value` is undefined (an emptied number field: the scenario then says the
 * field is required, as the command line would). Missing objects and lists
 * on the way are created; an index past the end of a list appends.
 */
export function applyEdit(data: unknown, segments: readonly PathSegment[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  const container = copyOf(data, typeof head === 'number');
  const child = applyEdit((container as Record<PathSegment, unknown>)[head], rest, value);
  if (Array.isArray(container) && typeof head === 'number') {
    if (child === undefined) container.splice(head, 1);
    else container[Math.min(head, container.length)] = child;
  } else if (child === undefined) {
    delete (container as Record<PathSegment, unknown>)[head];
  } else {
    (container as Record<PathSegment, unknown>)[head] = child;
  }
  return container;
}

/** A shallow copy of a list or object; a new empty one where there was none (or a plain value). */
function copyOf(data: unknown, wantList: boolean): object {
  if (Array.isArray(data)) return [...data];
  if (data !== null && typeof data === 'object') return { ...data };
  return wantList ? [] : {};
}
