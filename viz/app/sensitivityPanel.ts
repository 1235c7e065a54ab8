/**
 * The Sensitivity tab: each input (approval and reschedule odds, slots,
 * backup throughput, failure odds, update duration) turned to a low and a
 * high factor the user sets, the rest at base, on the same replication
 * seeds; tornado charts show which moves the on-time share and the days to
 * 99 % on n most, and sensitivity.csv downloads as the command line writes it.
 */
import { DEFAULT_RANGE, SCALED_INPUTS, SCALED_INPUT_NAMES, SENSITIVITY_KPIS, variations, VariationError, type Variation } from '../../sim/plan/index.js';
import type { SensitivityFindings, Tornado } from '../batch/sensitivityFindings.js';
import { tornadoChart } from '../charts/tornadoChart.js';
import { h, setText } from './dom.js';
import { numberField, readNumber, REPLICATIONS_RULE } from './studyFields.js';
import { studyControls, studyCsvButtons, type StudyControls } from './studyControls.js';
import { ViewsPanel } from './viewsPanel.js';

/** Replications per setting the tab offers first: as `wavesim sensitivity` runs by default (a study runs 13 settings). */
const DEFAULT_REPLICATIONS = 10;

/** Titles of the tornadoes, by outcome KPI. */
const TORNADO_TITLES: Record<(typeof SENSITIVITY_KPIS)[number]['kpi'], string> = {
  on_time_share: 'What moves the on-time share',
  days_to_99_percent_on_n: 'What moves the days to 99 % on n',
};

export class SensitivityPanel {
  readonly controls: StudyControls;
  private readonly title: HTMLElement;
  private readonly csv: HTMLElement;
  private readonly tornadoes: ViewsPanel<Tornado[]>;
  private shown: SensitivityFindings | null = null;

  constructor(root: HTMLElement, onStart: (ranges: Variation[], replications: number) => void, onSaveError: (message: string) => void) {
    const factor = (input: string, end: 'low' | 'high') =>
      h('input', { type: 'text', inputmode: 'decimal', name: `${end}-${input}`, value: String(DEFAULT_RANGE[end]), size: 4, 'aria-label': `${input}, ${end} factor` });
    const ranges = h(
      'table',
      { class: 'form-table ranges-table' },
      h('caption', { class: 'sr-only' }, 'Low and high factor of each input'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'input'), h('th', { scope: 'col' }, 'low ×'), h('th', { scope: 'col' }, 'high ×'))),
      h(
        'tbody',
        {},
        ...SCALED_INPUT_NAMES.map((input) =>
          h('tr', {}, h('th', { scope: 'row', title: SCALED_INPUTS[input] }, input), h('td', {}, factor(input, 'low')), h('td', {}, factor(input, 'high'))),
        ),
      ),
    );
    const replications = numberField('Replications per setting', 'replications', DEFAULT_REPLICATIONS);
    this.controls = studyControls('sensitivity', [ranges, replications], 'Run sensitivity', () => {
      const value = (name: string) => ranges.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value.trim();
      let chosen: Variation[];
      try {
        chosen = variations(SCALED_INPUT_NAMES.map((input) => `${input}=${value(`low-${input}`)}:${value(`high-${input}`)}`));
      } catch (error) {
        if (error instanceof VariationError) return `Range ${error.message}`;
        throw error;
      }
      const r = readNumber(replications.querySelector('input')!.value, 'Replications per setting', REPLICATIONS_RULE);
      if (typeof r === 'string') return r;
      onStart(chosen, r);
      return '';
    });
    this.title = h('p', { class: 'results-title', 'data-study-title': '' });
    this.csv = h('div', { class: 'csv-buttons' });
    const grid = h('div', { class: 'views-grid single' });
    this.tornadoes = new ViewsPanel<Tornado[]>(
      grid,
      SENSITIVITY_KPIS.map(({ kpi }) => ({
        id: kpi,
        title: TORNADO_TITLES[kpi],
        render: (container, tornadoes, options) => tornadoChart(container, tornadoes.find((t) => t.kpi === kpi)!, options),
      })),
      onSaveError,
      'data-tornado',
    );
    root.replaceChildren(
      this.controls.element,
      h(
        'section',
        { class: 'kpis', 'aria-labelledby': 'sensitivity-heading' },
        h('div', { class: 'section-head' }, h('h2', { id: 'sensitivity-heading' }, 'Which input matters most'), this.title),
        h('p', { class: 'views-hint' }, 'Bars run from the outcome at an input\u2019s low factor to its high factor, longest first; pale bars are not told apart from noise.'),
        h('div', { class: 'exports' }, h('span', { class: 'exports-label' }, 'CSV report'), this.csv),
      ),
      grid,
    );
    this.show(null);
  }

  /** Shows `findings` (null: none finished yet). */
  show(findings: SensitivityFindings | null): void {
    if (findings === this.shown && findings !== null) return;
    this.shown = findings;
    if (!findings) {
      setText(this.title, '');
      this.csv.replaceChildren();
      this.tornadoes.clear('Not run yet.');
      return;
    }
    setText(this.title, `${findings.scenarioName} · ${findings.replications} replications per setting under seed ${findings.seed}`);
    studyCsvButtons(this.csv, findings.files);
    void this.tornadoes.draw(findings.tornadoes, findings.scenarioName);
  }

  /** The drawn tornadoes' SVGs (for the printed report). */
  svgs(): SVGSVGElement[] {
    return this.tornadoes.svgs();
  }
}
