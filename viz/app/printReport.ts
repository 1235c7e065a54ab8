/**
 * The one-page report for stakeholders: the scenario and its seed, its KPIs
 * (with intervals when replications ran), the key views, and the plan's
 * recommendation when one was found. It is built into `#print-report` when
 * the user asks to print; the print stylesheet shows only that element.
 */
import { h } from './dom.js';

/** A part of the report: a heading and what goes under it. */
export interface ReportPart {
  heading: string;
  /** Tables and paragraphs, already built. */
  content: Node[];
  /** Charts to show, copied from the page. */
  charts: SVGSVGElement[];
  /** Spans the page's width (the KPIs, the key views); other parts take half of it, two side by side. */
  wide?: boolean;
}

/** A chart's copy for paper: scaled to its box by its viewBox, without the hover and brush layers. */
function printedChart(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const layer of copy.querySelectorAll('.overlay, .crosshair')) layer.remove();
  copy.removeAttribute('width');
  copy.removeAttribute('height');
  copy.removeAttribute('tabindex');
  copy.style.removeProperty('height');
  copy.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  return copy;
}

/** Fills `container` with a report titled `title` and `subtitle`, made of `parts`. */
export function fillReport(container: HTMLElement, title: string, subtitle: string, parts: readonly ReportPart[]): void {
  container.replaceChildren(
    h('header', { class: 'report-head' }, h('h1', {}, title), h('p', {}, subtitle)),
    ...parts.map((part) =>
      h(
        'section',
        { class: part.wide ? 'report-part wide' : 'report-part' },
        h('h2', {}, part.heading),
        ...part.content,
        ...(part.charts.length ? [h('div', { class: 'report-charts' }, ...part.charts.map(printedChart))] : []),
      ),
    ),
  );
}
