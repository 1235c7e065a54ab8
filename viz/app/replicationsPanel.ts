/**
 * The Replications tab: run the scenario R times under seeds derived from
 * its own, then read the chance of meeting each target (in the verdict's
 * words), every main KPI with its interval and percentiles, the
 * time views as mean paths in 90 % bands, and download the two reports
 * `wavesim replicate` writes.
 */
import { BAND_VIEWS } from '../batch/bandViews.js';
import type { ReplicationStudy } from '../batch/replicationStudy.js';
import type { BandSet } from '../batch/bandSet.js';
import { bandCaption } from './bandCaption.js';
import { bandDomain, bandViewsPanel } from './bandViewsPanel.js';
import { h, setText } from './dom.js';
import { intervalTable } from './intervalTable.js';
import { targetChanceList } from './targetChanceList.js';
import { numberField, readNumber, REPLICATIONS_RULE } from './studyFields.js';
import { studyControls, studyCsvButtons, type StudyControls } from './studyControls.js';
import type { ViewsPanel } from './viewsPanel.js';

/** Replications the tab offers first: as `wavesim replicate` runs by default. */
export const DEFAULT_REPLICATIONS = 20;

export class ReplicationsPanel {
  readonly controls: StudyControls;
  private readonly title: HTMLElement;
  private readonly kpis: HTMLElement;
  private readonly chances: HTMLElement;
  private readonly csv: HTMLElement;
  private readonly bandNote: HTMLElement;
  private readonly views: ViewsPanel<BandSet[]>;
  private shown: ReplicationStudy | null = null;

  /**
   * @param root the tab's panel
   * @param onStart starts a batch of `replications`
   */
  constructor(root: HTMLElement, onStart: (replications: number) => void, onSaveError: (message: string) => void) {
    const replications = numberField('Replications', 'replications', DEFAULT_REPLICATIONS);
    this.controls = studyControls('replicate', [replications], 'Run replications', () => {
      const r = readNumber(replications.querySelector('input')!.value, 'Replications', REPLICATIONS_RULE);
      if (typeof r === 'string') return r;
      onStart(r);
      return '';
    });
    this.title = h('p', { class: 'results-title', 'data-study-title': '' });
    this.kpis = h('div', { class: 'study-kpis', 'data-study-kpis': '' });
    this.chances = h('div', { class: 'target-chances', 'data-target-chances': '', hidden: true });
    this.csv = h('div', { class: 'csv-buttons' });
    // Says what the line and the band are; filled in when a study is shown.
    this.bandNote = h('p', { class: 'views-caption', 'data-band-caption': '' });
    const viewsGrid = h('div', { class: 'views-grid' });
    this.views = bandViewsPanel(viewsGrid, BAND_VIEWS, onSaveError);
    const reset = h('button', { type: 'button' }, 'Show the whole run');
    reset.addEventListener('click', () => this.views.zoom(null));
    root.replaceChildren(
      this.controls.element,
      h(
        'section',
        { class: 'kpis', 'aria-labelledby': 'replication-kpis-heading' },
        h('div', { class: 'section-head' }, h('h2', { id: 'replication-kpis-heading' }, 'KPIs over the replications'), this.title),
        this.chances,
        this.kpis,
        h('div', { class: 'exports' }, h('span', { class: 'exports-label' }, 'CSV reports'), this.csv),
      ),
      h(
        'section',
        { class: 'views-area', 'aria-labelledby': 'replication-views-heading' },
        h('div', { class: 'section-head' }, h('h2', { id: 'replication-views-heading' }, 'Views: mean and 90 % band'), h('p', { class: 'views-hint' }, 'Brush a time axis to zoom every view.'), reset),
        this.bandNote,
        viewsGrid,
      ),
    );
    this.show(null);
  }

  /** Shows `study` (null: none finished yet). */
  show(study: ReplicationStudy | null): void {
    if (study === this.shown && study !== null) return;
    this.shown = study;
    if (!study) {
      setText(this.title, '');
      this.chances.hidden = true;
      this.chances.replaceChildren();
      this.kpis.replaceChildren(h('p', { class: 'kpi-placeholder' }, 'Run replications to see each KPI with its 95 % interval and percentiles.'));
      this.csv.replaceChildren();
      setText(this.bandNote, '');
      this.views.clear('Not run yet.');
      return;
    }
    setText(this.title, `${study.scenarioName} · ${study.replications} replications under seed ${study.seed}`);
    this.chances.replaceChildren(...targetChanceList(study.kpis));
    this.chances.hidden = !this.chances.hasChildNodes();
    this.kpis.replaceChildren(intervalTable(study.kpis, `Main KPIs over ${study.replications} replications`, study.replications));
    studyCsvButtons(this.csv, study.files);
    setText(this.bandNote, bandCaption(study.replications));
    void this.views.draw([study.bands], study.scenarioName, bandDomain([study.bands]));
  }

  /** The drawn band views' SVGs (for the printed report). */
  svgs(): SVGSVGElement[] {
    return this.views.svgs();
  }
}
