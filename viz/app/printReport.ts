/**
 * The one-page report for stakeholders, laid out on a two-column grid: the
 * scenario (name, description, key inputs), the verdict, the KPIs that
 * matter, the three views that tell the story, and the plan and comparison
 * when they ran. It is built into `#print-report` when the user asks to
 * print; the print stylesheet shows only that element.
 */
import { h } from './dom.js';
import type { PaperChart } from './paperCharts.js';

/** A part of the report: a heading and what goes under it. */
export interface ReportPart {
  heading: string;
  /** Tables, paragraphs and figures, already built. */
  content: Node[];
  /** Spans the page's width; other parts take half of it, two side by side, in order. */
  wide?: boolean;
  /** Names the part for tests and styles (`data-report-part`). */
  name: string;
}

/** What the report opens with. */
export interface ReportHead {
  title: string;
  /** Seed, date and anything else to say about the run. */
  subtitle: string;
  /** The scenario's own description ('' when it has none). */
  description: string;
}

/** A chart copied from the page for paper: scaled to its box by its viewBox, without the hover and brush layers. */
export function printedChart(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const layer of copy.querySelectorAll('.overlay, .crosshair')) layer.remove();
  copy.removeAttribute('width');
  copy.removeAttribute('height');
  copy.removeAttribute('tabindex');
  copy.style.removeProperty('height');
  copy.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  return copy;
}

/** A view drawn for paper as a figure: the picture, then its one-sentence reading as the caption. */
export function chartFigure(chart: PaperChart): HTMLElement {
  chart.svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  return h('figure', { class: 'report-chart', 'data-report-chart': chart.id }, chart.svg, h('figcaption', {}, chart.summary));
}

/** Fills `container` with a report opening with `head`, made of `parts`. */
export function fillReport(container: HTMLElement, head: ReportHead, parts: readonly ReportPart[]): void {
  container.replaceChildren(
    h('header', { class: 'report-head' }, h('h1', {}, head.title), h('p', { class: 'report-subtitle' }, head.subtitle), ...(head.description ? [h('p', { class: 'report-description' }, head.description)] : [])),
    ...parts.map((part) => h('section', { class: part.wide ? 'report-part wide' : 'report-part', 'data-report-part': part.name }, h('h2', {}, part.heading), ...part.content)),
  );
}
