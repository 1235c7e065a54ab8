/**
 * A panel of views (the seven views of a run, the band views of a batch, a
 * plan's curve, a tornado), each in its own section with SVG and PNG
 * downloads and a text summary for screen readers. Views are drawn (and
 * redrawn when zoomed) through a VisibleFirstQueue: those on screen first, a
 * few per short task, so that the page answers clicks while they appear, and
 * those off screen when the page is idle or as they scroll in; printing and
 * saving a picture draw what is still waiting at once. A view drawn off
 * screen is kept off the page until the drawing's last view is done (or it
 * scrolls in), and then they go in together: each view put in alone would
 * have the page laid out and painted again before the next one is drawn.
 * Brushing the time axis of one view zooms them all.
 */
import { downloadPng, downloadSvg, exportFileName, type ChartHandle, type ChartOptions, type HourDomain } from '../charts/index.js';
import { h } from './dom.js';
import { VisibleFirstQueue } from './VisibleFirstQueue.js';

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
  /** The drawing its chart shows. */
  drawnBy: object | null;
  /** Its chart drawn off screen, not on the page yet (it takes `chart`'s place). */
  offPage: HTMLElement | null;
}

/** A drawing under way: its data, and how to tell its caller it has ended. */
interface Drawing<D> {
  data: D;
  /** Each chart's width, read for all of them at once as the drawing starts. */
  widths: Map<ViewSlot<D>, number>;
  /** Views of this drawing not yet drawn (or failed). */
  left: number;
  settle(allDrawn: boolean): void;
}

export class ViewsPanel<D> {
  private readonly slots: ViewSlot<D>[];
  private readonly queue = new VisibleFirstQueue();
  private drawing: Drawing<D> | null = null;
  /** The hours every view shows (null: the whole run), for views drawn or zoomed from now on. */
  private domain: HourDomain = null;
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
    for (const slot of this.slots) this.queue.observe(slot.section);
  }

  /** Takes the charts away: a new run is starting, and charts of the last one would mislead. */
  clear(message: string): void {
    this.endDrawing(false);
    for (const slot of this.slots) {
      this.queue.drop(slot.section);
      slot.handle?.destroy();
      slot.handle = null;
      slot.offPage = null;
      slot.section.removeAttribute('data-state');
      slot.chart.replaceChildren(h('p', { class: 'chart-placeholder' }, message));
      slot.summary.textContent = '';
      for (const button of slot.buttons) button.disabled = true;
    }
  }

  /**
   * Draws every view of `data`, zoomed to `domain`, those on screen first;
   * resolves true once all are drawn (false when a newer drawing or a failed
   * view got in the way). `name` starts the names of saved pictures.
   */
  draw(data: D, name: string, domain: HourDomain = null): Promise<boolean> {
    this.endDrawing(false);
    this.scenarioName = name;
    this.domain = domain;
    return new Promise<boolean>((settle) => {
      const drawing: Drawing<D> = { data, widths: new Map(), left: this.slots.length, settle };
      this.drawing = drawing;
      // The views wait for the next frame: the page first lays out and paints what came with them (the verdict, the KPIs) in a task of its own.
      requestAnimationFrame(() => {
        if (drawing !== this.drawing) return;
        // One layout for every chart's width: measured as each is drawn, each would lay out the page again after the one before changed it.
        for (const slot of this.slots) drawing.widths.set(slot, slot.chart.clientWidth);
        for (const slot of this.slots) this.queue.put(slot.section, (inSight) => this.drawSlot(slot, drawing, inSight));
      });
    });
  }

  /** The drawn charts' SVG elements, in view order (for the printed report); views still waiting are drawn first. */
  svgs(): SVGSVGElement[] {
    this.queue.flush();
    return this.slots.flatMap((slot) => (slot.handle ? [slot.handle.svg()] : []));
  }

  /** Shows `domain` (null: the whole run) in every view: those on screen at once, the others as they are drawn. */
  zoom(domain: HourDomain): void {
    this.domain = domain;
    const drawing = this.drawing;
    for (const slot of this.slots) {
      // A view still waiting for its first drawing will be drawn at this domain.
      if (drawing && slot.drawnBy !== drawing) continue;
      if (slot.handle)
        this.queue.put(slot.section, () => {
          slot.handle?.zoom(domain);
          // This job took the place of the one that would put the chart on the page.
          this.putOnPage(slot);
        });
    }
  }

  /**
   * Draws one view of `drawing`, into the page when `inSight`, else into a
   * chart kept off it; ends the drawing once it was the last, with every
   * view on the page.
   */
  private drawSlot(slot: ViewSlot<D>, drawing: Drawing<D>, inSight: boolean): void {
    if (drawing !== this.drawing) return;
    slot.handle?.destroy();
    slot.handle = null;
    slot.offPage = null;
    const chart = inSight ? slot.chart : h('div', { class: 'chart' });
    chart.replaceChildren();
    try {
      slot.handle = slot.view.render(chart, drawing.data, { onBrush: (brushed) => this.zoom(brushed), domain: this.domain, width: drawing.widths.get(slot) });
      slot.drawnBy = drawing;
      if (inSight) this.putOnPage(slot);
      else {
        slot.offPage = chart;
        this.queue.put(slot.section, () => this.putOnPage(slot), { whenInSight: true });
      }
    } catch (error) {
      slot.section.dataset.state = 'failed';
      slot.chart.replaceChildren(h('p', { class: 'chart-placeholder' }, `This view could not be drawn: ${(error as Error).message}`));
    }
    if (--drawing.left === 0) {
      for (const s of this.slots) {
        if (!s.offPage) continue;
        this.queue.drop(s.section);
        this.putOnPage(s);
      }
      this.endDrawing(this.slots.every((s) => s.section.dataset.state === 'drawn'));
    }
  }

  /** Shows the slot's drawn chart, with its summary and downloads; a chart drawn off the page takes the place of the one there. */
  private putOnPage(slot: ViewSlot<D>): void {
    if (!slot.handle) return;
    if (slot.offPage) {
      slot.chart.replaceWith(slot.offPage);
      slot.chart = slot.offPage;
      slot.offPage = null;
    }
    slot.summary.textContent = slot.handle.summary();
    slot.section.dataset.state = 'drawn';
    for (const button of slot.buttons) button.disabled = false;
  }

  /** Tells the caller of the drawing under way, if any, how it ended. */
  private endDrawing(allDrawn: boolean): void {
    const drawing = this.drawing;
    if (!drawing) return;
    if (!allDrawn) this.drawing = null;
    drawing.settle(allDrawn);
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
    const slot: ViewSlot<D> = { view, section, chart, summary, buttons: [svgButton, pngButton], handle: null, drawnBy: null, offPage: null };
    const save = async (format: 'svg' | 'png') => {
      // A zoom still waiting for this view is drawn first: the picture is what the page says it shows.
      this.queue.runNow(section);
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
