/**
 * A chart's life in the page: one SVG that fills its container's width at a
 * height of its own (which may depend on that width), redrawn whole when the
 * container is resized or the chart is zoomed. Charts supply a draw function; the frame owns sizing, zoom state,
 * the accessible name and description, and clean-up.
 */
import { select, type Selection } from 'd3';
import type { ChartHandle, ChartOptions, HourDomain } from '../ChartTypes.js';
import { describeChart } from './describeChart.js';
import { INK } from './palette.js';
import { clampDomain } from './timeScale.js';
import { FONT_FAMILY, FONT_SIZE } from './textWidth.js';
import { hideTooltip } from './tooltip.js';

/** Width used when the container has none yet (hidden, or no layout as in jsdom), px. */
export const FALLBACK_WIDTH = 720;

/** What a chart's draw function gets. */
export interface DrawContext {
  /** The emptied SVG to draw into. */
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  width: number;
  height: number;
  /** Hours to show: the zoom cut to the chart's full domain (the full domain for charts without a time axis). */
  domain: [number, number];
  /** Call with brushed hours (null: zoom out): passes them to the app, or zooms this chart when the app gave no onBrush. */
  brushed(domain: HourDomain): void;
  /** Unique in the page: a prefix for clip-path and gradient ids. */
  id: string;
}

/** What a chart is, for the frame. */
export interface ChartSpec {
  /** Accessible name, e.g. "Throughput — Baseline". */
  title: string;
  /** Summary sentence for screen readers (see ChartHandle.summary). */
  summary: string;
  /** Height in px, or a function of the width (a chart that stacks its parts when narrow). */
  height: number | ((width: number) => number);
  /** Hours the time axis spans when not zoomed; null for charts without a time axis. */
  fullDomain: [number, number] | null;
  draw(ctx: DrawContext): void;
}

let chartCount = 0;

/** Mounts `spec` into `container` and returns its handle. */
export function createChart(container: HTMLElement, spec: ChartSpec, options: ChartOptions): ChartHandle {
  const id = `wavesim-chart-${++chartCount}`;
  const heightAt = (w: number): number => options.height ?? (typeof spec.height === 'function' ? spec.height(w) : spec.height);
  const svg = select(container)
    .append('svg')
    .attr('class', 'wavesim-chart')
    .attr('tabindex', 0)
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE)
    .attr('fill', INK)
    .style('display', 'block')
    .style('width', '100%')
    .style('overflow', 'visible');
  const measure = (): number => Math.floor(container.clientWidth) || FALLBACK_WIDTH;
  let width = options.width || measure();
  let height = heightAt(width);
  let zoom: HourDomain = options.domain ?? null;

  const handle: ChartHandle = {
    zoom(domain) {
      zoom = domain;
      // A chart without a time axis looks the same at any zoom: redrawing it would only close its tooltip.
      if (spec.fullDomain) render();
    },
    svg: () => svg.node()!,
    summary: () => spec.summary,
    destroy() {
      observer?.disconnect();
      if (frame) cancelAnimationFrame(frame);
      hideTooltip();
      svg.remove();
    },
  };

  function render(): void {
    hideTooltip();
    svg.selectAll('*').remove();
    height = heightAt(width);
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`).style('height', `${height}px`);
    const full = spec.fullDomain ?? [0, 1];
    spec.draw({
      svg,
      width,
      height,
      domain: clampDomain(zoom, full),
      brushed: (domain) => (options.onBrush ? options.onBrush(domain) : handle.zoom(domain)),
      id,
    });
    describeChart(svg, id, spec.title, spec.summary);
  }

  // Redraw once per frame at most while the container is being resized.
  let frame = 0;
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (frame) return;
          frame = requestAnimationFrame(() => {
            frame = 0;
            // A chart drawn off the page (to be put in later) has no width of its own yet: it keeps the one it was drawn at.
            if (!container.isConnected) return;
            const next = measure();
            if (next !== width) {
              width = next;
              render();
            }
          });
        });
  observer?.observe(container);
  render();
  return handle;
}
