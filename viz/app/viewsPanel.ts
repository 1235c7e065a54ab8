/**
 * A panel of views (the seven views of a run, the band views of a batch, a
 * plan's curve, a tornado), each in its own section with SVG and PNG
 * downloads and a text summary for screen readers. Charts are drawn one per
 * animation frame, so the page answers clicks while they appear; brushing
 * the time axis of one zooms them all.
 */
import { downloadPng, downloadSvg, exportFileName, type ChartHandle, type ChartOptions, type HourDomain } from '../charts/index.js';
import { h } from './dom.js';

/** A view of data `D`: its id (the section's attribute value), title and renderer. */
export interface PanelView<D> {
  id: string;
  title: string;
  render(container: HTMLElement, data: D, options: ChartOptions): ChartHandle;
}

interface ViewSlot<D> {
  view: PanelView<D>;
  section: HTMLElement;
  chart: HTMLElement;
  summary: HTMLElement;
  buttons: HTMLButtonElement[];
  handle: ChartHandle | null;
}

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

export class ViewsPanel<D> {
  private readonly slots: ViewSlot<D>[];
  /** Counts drawings, so that one replaced by a newer run stops. */
  private drawings = 0;
  private scenarioName = '';

  /**
   * @param container where the sections go
   * @param onSaveError told, in words, when a picture could not be saved
   * @param attribute the sections' attribute holding the view id (`data-view` for a run's views)
   */
  constructor(
    container: HTMLElement,
    views: readonly PanelView<D>[],
    private readonly onSaveError: (message: string) => void,
    private readonly attribute = 'data-view',
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
   * Draws every view of `data`, one per frame, zoomed to `domain`; resolves
   * true once all are drawn (false when a newer drawing or a failed view
   * got in the way). `name` starts the names of saved pictures.
   */
  async draw(data: D, name: string, domain: HourDomain = null): Promise<boolean> {
    const drawing = ++this.drawings;
    this.scenarioName = name;
    for (const slot of this.slots) {
      await nextFrame();
      if (drawing !== this.drawings) return false;
      slot.chart.replaceChildren();
      try {
        slot.handle = slot.view.render(slot.chart, data, { onBrush: (brushed) => this.zoom(brushed) });
        if (domain) slot.handle.zoom(domain);
      } catch (error) {
        slot.section.dataset.state = 'failed';
        slot.chart.replaceChildren(h('p', { class: 'chart-placeholder' }, `This view could not be drawn: ${(error as Error).message}`));
        continue;
      }
      slot.summary.textContent = slot.handle.summary();
      slot.section.dataset.state = 'drawn';
      for (const button of slot.buttons) button.disabled = false;
    }
    return drawing === this.drawings && this.slots.every((s) => s.section.dataset.state === 'drawn');
  }

  /** The drawn charts' SVG elements, in view order (for the printed report). */
  svgs(): SVGSVGElement[] {
    return this.slots.flatMap((slot) => (slot.handle ? [slot.handle.svg()] : []));
  }

  /** Shows `domain` (null: the whole run) in every view. */
  zoom(domain: HourDomain): void {
    for (const slot of this.slots) slot.handle?.zoom(domain);
  }

  private slot(view: PanelView<D>): ViewSlot<D> {
    const titleId = `${this.attribute.replace(/^data-/, '')}-${view.id}-title`;
    const svgButton = h('button', { type: 'button', 'data-download-svg': view.id, 'aria-label': `Download ${view.title} as SVG`, disabled: true }, 'SVG');
    const pngButton = h('button', { type: 'button', 'data-download-png': view.id, 'aria-label': `Download ${view.title} as PNG`, disabled: true }, 'PNG');
    const chart = h('div', { class: 'chart' });
    // The view's one-sentence reading, visible under the chart for every reader, not only screen readers.
    const summary = h('p', { class: 'view-caption' });
    const section = h(
      'section',
      { class: 'view', [this.attribute]: view.id, 'aria-labelledby': titleId },
      h('header', {}, h('h3', { id: titleId }, view.title), h('div', { class: 'view-actions' }, svgButton, pngButton)),
      chart,
      summary,
    );
    const slot: ViewSlot<D> = { view, section, chart, summary, buttons: [svgButton, pngButton], handle: null };
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
