/**
 * The band views of a batch (or of compared scenarios, overlaid) as a panel
 * of views: each view's chart data is taken from the bands when it is drawn.
 */
import { bandChartData, type BandView } from '../batch/bandViews.js';
import type { BandSet } from '../batch/bandSet.js';
import { bandChart } from '../charts/bandChart.js';
import type { HourDomain } from '../charts/index.js';
import { ViewsPanel, type PanelView } from './viewsPanel.js';

/** A panel of `views` over band sets, sections marked `data-band-view` (or `attribute`). */
export function bandViewsPanel(container: HTMLElement, views: readonly BandView[], onSaveError: (message: string) => void, attribute = 'data-band-view'): ViewsPanel<BandSet[]> {
  const panelViews: PanelView<BandSet[]>[] = views.map((view) => ({
    id: view.id,
    title: view.title,
    render: (chart, sets, options) => bandChart(chart, bandChartData(view, sets), options),
  }));
  return new ViewsPanel(container, panelViews, onSaveError, attribute);
}

/** Where band views open: the week before the window to the end of the run (the months before hold no updates). */
export function bandDomain(sets: readonly BandSet[]): HourDomain {
  const [first] = sets;
  const hours = Math.max(...sets.map((s) => s.hourly.hours));
  return [Math.max(0, first.windowStartHour - 7 * 24), hours];
}
