/**
 * The contract between the planner and its charts: a chart draws one view of
 * a run's ViewSeries into a container and can be zoomed to a time domain.
 */
import type { ViewSeries } from '../../sim/report/viewSeries.js';

/** A time domain in simulation hours (hours since 00:00 UTC of the epoch date); null = the whole run. */
export type HourDomain = [number, number] | null;

export interface ChartOptions {
  /** Called when the user brushes the chart's time axis (null when the brush is cleared). */
  onBrush?: (domain: HourDomain) => void;
  /** Height of the chart in px (each chart has a default of 280–320); the width follows the container. */
  height?: number;
  /**
   * The container's width in px, when the caller has just read it: the chart
   * then draws without laying out the page to measure it (it still follows
   * the container's own width on any resize).
   */
  width?: number;
  /** Hours shown at first (default null: the whole run): drawn zoomed at once, not drawn whole and then again. */
  domain?: HourDomain;
}

export interface ChartHandle {
  /** Shows only `domain` on the time axis (charts without one ignore it). */
  zoom(domain: HourDomain): void;
  /** The chart's SVG element, for SVG and PNG downloads. */
  svg(): SVGSVGElement;
  /** One or two sentences describing what the chart shows, for screen readers. */
  summary(): string;
  destroy(): void;
}

/** Draws a chart of `data` into `container` (which it fills), returning its handle. */
export type ChartRenderer = (container: HTMLElement, data: ViewSeries, options: ChartOptions) => ChartHandle;

/** One of the planner's views. */
export interface ViewDefinition {
  /** Stable id: throughput, capacity, compliance, storage, backup, heatmap, communications. */
  id: string;
  title: string;
  render: ChartRenderer;
}
