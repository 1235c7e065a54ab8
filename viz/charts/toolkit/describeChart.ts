/**
 * The screen-reader face of a chart: the SVG is one image named by its title
 * and described by its summary sentence. The name is an aria-label rather
 * than a <title> element, which browsers would also show as a native tooltip
 * over the whole chart, on top of the chart's own; exported files get a
 * <title> (see svgText).
 */
import type { Selection } from 'd3';

/** Gives `svg` the accessible name `title` and description `summary`; `id` must be unique in the page. */
export function describeChart(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  id: string,
  title: string,
  summary: string,
): void {
  svg.attr('role', 'img').attr('aria-label', title).attr('aria-describedby', `${id}-desc`);
  svg.insert('desc', ':first-child').attr('id', `${id}-desc`).text(summary);
}
