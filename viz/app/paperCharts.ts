/**
 * Charts drawn for paper: each view drawn afresh at the width it will have
 * on the page, so its text prints at its own size instead of a screen
 * chart's shrunk copy, and whether or not the page has drawn that view yet
 * (views off screen may wait to be drawn). The copy keeps no hover or brush
 * layers; the live chart is taken down at once.
 */
import type { ViewDefinition, HourDomain } from '../charts/index.js';
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import { h } from './dom.js';

/** A view drawn for paper: its title, its picture and its one-sentence reading. */
export interface PaperChart {
  id: string;
  title: string;
  svg: SVGSVGElement;
  summary: string;
}

/**
 * `svg` without what only a pointer or a keyboard uses, its height grown to
 * what it drew: a legend that wraps at paper width can push a chart's axis
 * below the height it was given, onto the caption under it.
 */
function stillCopy(svg: SVGSVGElement): SVGSVGElement {
  const width = Number(svg.getAttribute('width'));
  const drawn = svg.getBBox();
  const height = Math.ceil(Math.max(Number(svg.getAttribute('height')), drawn.y + drawn.height + 2));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const layer of copy.querySelectorAll('.overlay, .crosshair, .brush')) layer.remove();
  copy.removeAttribute('tabindex');
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.style.height = `${height}px`;
  return copy;
}

/** A view and its size on paper, px at 96 per inch. */
export interface PaperView {
  view: ViewDefinition;
  width: number;
  height: number;
}

/**
 * Draws `views` of `data` zoomed to `domain`, each at its size, in boxes of
 * that width out of sight (the report itself is hidden on screen, and a
 * hidden box has no width to draw to).
 */
export function paperCharts(views: readonly PaperView[], data: ViewSeries, domain: HourDomain): PaperChart[] {
  const stage = h('div', { 'aria-hidden': 'true', style: 'position:absolute;left:-10000px;top:0;visibility:hidden' });
  document.body.append(stage);
  try {
    return views.map(({ view, width, height }) => {
      const box = h('div', { style: `width:${width}px` });
      stage.append(box);
      const handle = view.render(box, data, { height });
      if (domain) handle.zoom(domain);
      const chart = { id: view.id, title: view.title, svg: stillCopy(handle.svg()), summary: handle.summary() };
      handle.destroy();
      return chart;
    });
  } finally {
    stage.remove();
  }
}
