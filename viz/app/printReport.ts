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

/** The printable width and height of the narrower and shorter of A4 and Letter inside 10 mm margins (190 × 259 mm), px at 96 per inch. */
export const PAPER_WIDTH = 718;
const PAPER_HEIGHT = 979;
/** Kept free at the page's foot: browsers round heights, and a last line cut by a pixel would print alone on a second page. */
const SAFETY = 16;
/** Below this the text would be too small to read on paper: a report longer still goes on to a second page instead. */
const MIN_SCALE = 0.8;

/**
 * Scales the report in `container` down to one page when it is longer
 * (several studies, many waves or regions), never below MIN_SCALE; returns
 * the scale. It measures the report laid out at the page's width out of
 * sight, as the print stylesheet lays it out.
 */
export function fitToPage(container: HTMLElement): number {
  const { style } = container;
  style.removeProperty('zoom');
  const measuring = { display: 'grid', position: 'absolute', left: '-10000px', top: '0', width: `${PAPER_WIDTH}px`, visibility: 'hidden' };
  Object.assign(style, measuring);
  const height = container.getBoundingClientRect().height;
  for (const property of Object.keys(measuring)) style.removeProperty(property);
  const room = PAPER_HEIGHT - SAFETY;
  const scale = height > room ? Math.max(MIN_SCALE, room / height) : 1;
  if (scale < 1) style.zoom = String(scale);
  container.dataset.scale = String(scale);
  return scale;
}

/** Fills `container` with a report opening with `head`, made of `parts`. */
export function fillReport(container: HTMLElement, head: ReportHead, parts: readonly ReportPart[]): void {
  container.replaceChildren(
    h('header', { class: 'report-head' }, h('h1', {}, head.title), h('p', { class: 'report-subtitle' }, head.subtitle), ...(head.description ? [h('p', { class: 'report-description' }, head.description)] : [])),
    ...parts.map((part) => h('section', { class: part.wide ? 'report-part wide' : 'report-part', 'data-report-part': part.name }, h('h2', {}, part.heading), ...part.content)),
  );
}
