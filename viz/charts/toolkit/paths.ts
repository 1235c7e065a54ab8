/**
 * Path data for hourly series, one `path` per series however many hours it
 * holds. A value that holds over its hour (slot use, demand during the hour)
 * is drawn as steps; a value read at the end of its hour (share on n,
 * storage) as a line through the hours' ends. Runs of equal values collapse
 * into one segment, which keeps whole-run paths small.
 */

/** Hours as pixels, values as pixels. */
type Px = (v: number) => number;

/** Pixels with one decimal: finer detail is invisible and bloats the path. */
function r(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Steps through `value(h)` held across [h, h + 1) for hours first..last; NaN hours leave gaps. */
export function stepLinePath(value: (h: number) => number, first: number, last: number, x: Px, y: Px): string {
  let d = '';
  let prev = NaN;
  for (let h = first; h <= last; h++) {
    const v = value(h);
    if (Number.isNaN(v)) {
      if (!Number.isNaN(prev)) d += `H${r(x(h))}`;
      prev = NaN;
      continue;
    }
    const py = r(y(v));
    if (Number.isNaN(prev)) d += `M${r(x(h))},${py}`;
    else if (py !== prev) d += `H${r(x(h))}V${py}`;
    prev = py;
  }
  if (!Number.isNaN(prev)) d += `H${r(x(last + 1))}`;
  return d;
}

/** A stepped band between `lower(h)` and `upper(h)` held across [h, h + 1) for hours first..last (no NaN). */
export function stepAreaPath(lower: (h: number) => number, upper: (h: number) => number, first: number, last: number, x: Px, y: Px): string {
  if (last < first) return '';
  let d = `M${r(x(first))},${r(y(upper(first)))}`;
  let prev = r(y(upper(first)));
  for (let h = first + 1; h <= last; h++) {
    const py = r(y(upper(h)));
    if (py !== prev) d += `H${r(x(h))}V${py}`;
    prev = py;
  }
  prev = r(y(lower(last)));
  d += `H${r(x(last + 1))}V${prev}`;
  for (let h = last - 1; h >= first; h--) {
    const py = r(y(lower(h)));
    if (py !== prev) d += `H${r(x(h + 1))}V${py}`;
    prev = py;
  }
  return `${d}H${r(x(first))}Z`;
}

/** A line through `value(h)` at the end of each hour h (x = h + 1) for hours first..last; NaN hours leave gaps. */
export function endOfHourLinePath(value: (h: number) => number, first: number, last: number, x: Px, y: Px): string {
  let d = '';
  let open = false;
  for (let h = first; h <= last; h++) {
    const v = value(h);
    if (Number.isNaN(v)) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${r(x(h + 1))},${r(y(v))}`;
    open = true;
  }
  return d;
}

/** The band between two end-of-hour series (e.g. reported and actual storage) for hours first..last (no NaN). */
export function endOfHourBandPath(lower: (h: number) => number, upper: (h: number) => number, first: number, last: number, x: Px, y: Px): string {
  if (last < first) return '';
  let d = '';
  for (let h = first; h <= last; h++) d += `${h === first ? 'M' : 'L'}${r(x(h + 1))},${r(y(upper(h)))}`;
  for (let h = last; h >= first; h--) d += `L${r(x(h + 1))},${r(y(lower(h)))}`;
  return `${d}Z`;
}
