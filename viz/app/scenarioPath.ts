/**
 * Addresses of places in a scenario as the page writes them: a form field's
 * `data-path` is its scenario path with dots between keys and indexes
 * (`regions.0.updateSlots`), so that the command line's issue for
 * `regions[0].updateSlots` finds the field it belongs to.
 */

/** One step into a scenario: an object key or an array index. */
export type PathSegment = string | number;

/** The data-path of a place: its segments joined with dots; '' for the scenario as a whole. */
export function dataPath(segments: readonly PathSegment[]): string {
  return segments.join('.');
}

const INDEX = /^(0|[1-9]\d*)$/;

/**
 * The segments of a data-path, digits-only parts as array indexes. Keys of
 * the form's fields never are digits only nor hold a dot, so this inverts
 * `dataPath` for them.
 */
export function pathSegments(path: string): PathSegment[] {
  if (path === '') return [];
  return path.split('.').map((part) => (INDEX.test(part) ? Number(part) : part));
}
