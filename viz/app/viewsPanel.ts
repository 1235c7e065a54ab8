/**
 * The seven views of a run, each in its own section with SVG and PNG
 * downloads and a text summary for screen readers. Charts are drawn one per
 * animation frame, so the page answers clicks while they appear; brushing
 * the time axis of one zooms them all.
 */
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import { downloadPng, downloadSvg, exportFileName, type ChartHandle, type HourDomain, type ViewDefinition } from '../charts/index.js';
import { h } from './dom.js';

interface ViewSlot {
  view: ViewDefinition;
  section: HTMLElement;
  chart: HTMLElement;
  summary: HTMLElement;
  buttons: HTMLButtonElement[];
  handle: ChartHandle | null;
}

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

export class ViewsPanel {
  private readonly slots: ViewSlot[];
  /** Counts drawings, so that one replaced by a newer run stops. */
  private drawings = 0;
  private scenarioName = '';

  /**
   * @param container where the sections go
   * @param onSaveError told, in words, when a picture could not be saved
   */
  constructor(
    container: HTMLElement,
    views: readonly ViewDefinition[],
    private readonly onSaveError: (message: string) => void,
  ) {
    this.slots = views.map((view) => this.slot(view));
    container.replaceChildren(...this.slots.map((s) => s.section));
  }

  /** Takes the charts away: a new run is starting, and charts of the last one would mislead. */
  clear(message: string): void {
    this.drawings++;
    for (const slot of this.slots) {
      slot.handle?.destroy();
      slot.handle = null;
      slot.section.removeAttribute('data-state');
      slot.chart.replaceChildren(h('p', { class: 'chart-placeholder' }, message));
      slot.summary.textContent = '';
      for (const button of slot.buttons) button.disabled = true;
    }
  }

  /**
   * Draws every view of `series`, one per frame; publishes
   * `window.__wavesim.viewsDrawnAt` when all are drawn.
   */
  async draw(series: ViewSeries): Promise<void> {
    const drawing = ++this.drawings;
    this.scenarioName = series.scenarioName;
    // Open on the window (and the week before it): the months between announcement and window hold no updates.
    const windowFirst: HourDomain = [Math.max(0, series.windowStartHour - 7 * 24), series.hours];
    for (const slot of this.slots) {
      await nextFrame();
      if (drawing !== this.drawings) return;
      slot.chart.replaceChildren();
      try {
        slot.handle = slot.view.render(slot.chart, series, { onBrush: (domain) => this.zoom(domain) });
        slot.handle.zoom(windowFirst);
      } catch (error) {
        slot.section.dataset.state = 'failed';
        slot.chart.replaceChildren(h('p', { class: 'chart-placeholder' }, `This view could not be drawn: ${(error as Error).message}`));
        continue;
      }
      slot.summary.textContent = slot.handle.summary();
      slot.section.dataset.state = 'drawn';
      for (const button of slot.buttons) button.disabled = false;
    }
    if (this.slots.every((s) => s.section.dataset.state === 'drawn') && window.__wavesim) window.__wavesim.viewsDrawnAt = performance.now();
  }

  /** Shows `domain` (null: the whole run) in every view. */
  zoom(domain: HourDomain): void {
    for (const slot of this.slots) slot.handle?.zoom(domain);
  }

  private slot(view: ViewDefinition): ViewSlot {
    const titleId = `view-${view.id}-title`;
    const svgButton = h('button', { type: 'button', 'data-download-svg': view.id, 'aria-label': `Download ${view.title} as SVG`, disabled: true }, 'SVG');
    const pngButton = h('button', { type: 'button', 'data-download-png': view.id, 'aria-label': `Download ${view.title} as PNG`, disabled: true }, 'PNG');
    const chart = h('div', { class: 'chart' });
    const summary = h('p', { class: 'sr-only' });
    const section = h(
      'section',
      { class: 'view', 'data-view': view.id, 'aria-labelledby': titleId },
      h('header', {}, h('h3', { id: titleId }, view.title), h('div', { class: 'view-actions' }, svgButton, pngButton)),
      chart,
      summary,
    );
    const slot: ViewSlot = { view, section, chart, summary, buttons: [svgButton, pngButton], handle: null };
    const save = async (format: 'svg' | 'png') => {
      if (!slot.handle) return;
      const name = exportFileName(this.scenarioName, view.id, format);
      try {
        await (format === 'svg' ? downloadSvg : downloadPng)(slot.handle.svg(), name);
      } catch (error) {
        this.onSaveError(`Could not save ${name}: ${(error as Error).message}`);
      }
    };
    svgButton.addEventListener('click', () => void save('svg'));
    pngButton.addEventListener('click', () => void save('png'));
    return slot;
  }
}
