/**
 * Shaded spans of time behind a time chart's marks: incidents, planned
 * maintenance, health-gate halts and waves held for a bake, so a dip in
 * throughput sits visibly on the outage that caused it. Each span carries
 * its words in a title and, room allowing, in a label above the plot; the
 * legend names the kinds shown.
 */
import type { Selection } from 'd3';
import type { SpanKind, ViewSpan } from '../../../sim/report/viewSeries.js';
import type { LegendItem } from './legend.js';
import type { Marker } from './markers.js';
import { SPAN_COLORS } from './palette.js';
import type { TimeScale } from './timeScale.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Legend words of each kind of span. */
export const SPAN_LABELS: Readonly<Record<SpanKind, string>> = {
  incident: 'incident',
  maintenance: 'planned maintenance',
  halt: 'halted by a gate',
  bake: 'wave held for bake',
};

/** The spans that show inside the scale's domain. */
export function visibleSpans(spans: readonly ViewSpan[], x: TimeScale): ViewSpan[] {
  const [d0, d1] = x.domain;
  return spans.filter((s) => s.end > d0 && s.start < d1);
}

/** One legend item per kind among `spans`, in a fixed order. */
export function spanLegend(spans: readonly ViewSpan[]): LegendItem[] {
  const kinds = new Set(spans.map((s) => s.kind));
  return (Object.keys(SPAN_LABELS) as SpanKind[]).filter((k) => kinds.has(k)).map((k) => ({ label: SPAN_LABELS[k], color: spanFill(k) }));
}

/**
 * A label for each span, from its start (or the domain's, for one begun
 * before it), longest span first: labels are placed as room allows, and a
 * 36-hour outage matters more than an hour's maintenance.
 */
export function spanMarkers(spans: readonly ViewSpan[], x: TimeScale): Marker[] {
  return [...spans].sort((a, b) => b.end - b.start - (a.end - a.start)).map((s) => ({ hour: Math.max(s.start, x.domain[0]), label: s.label, kind: 'span' }));
}

/** The swatch of a kind, as the translucent fill looks over white. */
function spanFill(kind: SpanKind): string {
  return `${SPAN_COLORS[kind]}33`;
}

/** Draws `spans` as full-height bands `height` px tall into `parent`, under whatever is drawn after. */
export function drawSpans(parent: G, spans: readonly ViewSpan[], x: TimeScale, height: number): void {
  const [r0, r1] = x.range;
  for (const span of spans) {
    const left = Math.max(r0, x(span.start));
    const right = Math.min(r1, x(span.end));
    if (!(right > left)) continue;
    parent
      .append('rect')
      .attr('class', 'span')
      .attr('data-span', span.kind)
      .attr('x', left)
      .attr('width', Math.max(1, right - left))
      .attr('y', 0)
      .attr('height', height)
      .attr('fill', spanFill(span.kind))
      .append('title')
      .text(span.label);
  }
}
