/**
 * The Plan tab: the release manager states the targets (on-time share and
 * share on n at window end, each a minimum in %), the confidence, which
 * capacity to size and the levels to search; the app runs `wavesim plan`'s
 * bisection on the replication workers and shows the recommendation as a
 * table (per region: capacity now, recommended, each target's lower bound
 * there and its margin), the sweep curves, every level evaluated, and
 * plan.csv.
 */
import {
  formatStat,
  parseTargets,
  planVerdict,
  regionSweep,
  TARGET_KPIS,
  TargetError,
  type CapacityKind,
  LEVEL_GRID_LIMITS,
  type LevelGrid,
  type PlanRequest,
  type TargetName,
} from '../../sim/plan/index.js';
import { planCurve, type PlanCurve } from '../batch/planCurve.js';
import type { PlanStudy } from '../batch/planStudy.js';
import { planCurveChart } from '../charts/planCurveChart.js';
import { h, setText } from './dom.js';
import { recommendationElement } from './recommendationElement.js';
import { DEFAULT_REPLICATIONS } from './replicationsPanel.js';
import { numberField, readNumber, REPLICATIONS_RULE } from './studyFields.js';
import { studyControls, studyCsvButtons, type StudyControls } from './studyControls.js';
import { regionColumnKeys } from '../../sim/report/regionColumnKeys.js';
import { ViewsPanel } from './viewsPanel.js';

/** The targets offered, with the minimums of `wavesim plan`'s default. */
const TARGET_DEFAULTS: Record<TargetName, number> = { 'on-time': 99, 'on-n': 98 };

/** Confidences offered for the lower bounds. */
const CONFIDENCES = [0.9, 0.95, 0.975, 0.99];

/** A plan request but for its seed, which comes from the scenario. */
export type PlanSettings = Omit<PlanRequest, 'seed'>;

/** The level grid as read from the form, or a problem in words. */
function readGrid(form: HTMLElement): LevelGrid | string {
  const { least, most, levels } = LEVEL_GRID_LIMITS;
  const read = (name: string, label: string) => readNumber(form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value, label, { min: least, max: most });
  const from = read('level-from', 'Levels from');
  const to = read('level-to', 'Levels to');
  const step = read('level-step', 'Level step');
  for (const value of [from, to, step]) if (typeof value === 'string') return value;
  if ((to as number) < (from as number)) return 'Levels "to" must be at least "from".';
  if (((to as number) - (from as number)) / (step as number) > levels) return `The level grid holds over ${levels} levels: take a larger step.`;
  return { from: from as number, to: to as number, step: step as number };
}

export class PlanPanel {
  readonly controls: StudyControls;
  private readonly title: HTMLElement;
  private readonly verdict: HTMLElement;
  private readonly levels: HTMLElement;
  private readonly csv: HTMLElement;
  private readonly curveGrid: HTMLElement;
  private curves: ViewsPanel<PlanCurve[]> | null = null;
  private shown: PlanStudy | null = null;

  constructor(
    root: HTMLElement,
    onStart: (settings: PlanSettings) => void,
    private readonly onSaveError: (message: string) => void,
  ) {
    const targetFields = (Object.keys(TARGET_KPIS) as TargetName[]).map((name) =>
      h(
        'span',
        { class: 'study-field target-field' },
        h('input', { type: 'checkbox', name: `target-${name}`, id: `target-${name}`, checked: true }),
        h('label', { for: `target-${name}` }, `${TARGET_KPIS[name].label} ≥`),
        h('input', { type: 'text', inputmode: 'decimal', name: `minimum-${name}`, value: String(TARGET_DEFAULTS[name]), size: 4, 'aria-label': `${TARGET_KPIS[name].label}, minimum in %` }),
        h('span', {}, '%'),
      ),
    );
    const confidence = h(
      'label',
      { class: 'study-field' },
      h('span', {}, 'Confidence'),
      h('select', { name: 'confidence' }, ...CONFIDENCES.map((c) => new Option(`${c * 100} %`, String(c), c === 0.95, c === 0.95))),
    );
    const capacity = h(
      'label',
      { class: 'study-field' },
      h('span', {}, 'Size'),
      h('select', { name: 'capacity' }, new Option('update slots', 'slots', true, true), new Option('backup throughput', 'backup')),
    );
    const grid = h(
      'span',
      { class: 'study-field level-grid' },
      h('span', {}, 'Levels ×'),
      h('input', { type: 'text', inputmode: 'decimal', name: 'level-from', value: '0.25', size: 4, 'aria-label': 'Levels from' }),
      h('span', {}, 'to'),
      h('input', { type: 'text', inputmode: 'decimal', name: 'level-to', value: '3', size: 4, 'aria-label': 'Levels to' }),
      h('span', {}, 'step'),
      h('input', { type: 'text', inputmode: 'decimal', name: 'level-step', value: '0.05', size: 4, 'aria-label': 'Level step' }),
    );
    const replications = numberField('Replications per batch', 'replications', DEFAULT_REPLICATIONS);
    const fields = [...targetFields, confidence, capacity, grid, replications];
    this.controls = studyControls('plan', fields, 'Find capacity', () => {
      const form = this.controls.element;
      const value = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      const texts = (Object.keys(TARGET_KPIS) as TargetName[])
        .filter((name) => (value(`target-${name}`) as HTMLInputElement).checked)
        .map((name) => `${name}>=${value(`minimum-${name}`).value.trim()}%`);
      if (texts.length === 0) return 'Tick at least one target.';
      let targets;
      try {
        targets = parseTargets(texts);
      } catch (error) {
        if (error instanceof TargetError) return `Target ${error.message}`;
        throw error;
      }
      const levelGrid = readGrid(form);
      if (typeof levelGrid === 'string') return levelGrid;
      const r = readNumber(value('replications').value, 'Replications per batch', REPLICATIONS_RULE);
      if (typeof r === 'string') return r;
      onStart({ kind: value('capacity').value as CapacityKind, targets, grid: levelGrid, confidence: Number(value('confidence').value), replications: r });
      return '';
    });
    this.title = h('p', { class: 'results-title', 'data-study-title': '' });
    this.verdict = h('div', { class: 'plan-verdict', 'data-plan-recommendation': '', role: 'status' });
    this.levels = h('div', { class: 'plan-levels' });
    this.csv = h('div', { class: 'csv-buttons' });
    this.curveGrid = h('div', { class: 'views-grid' });
    root.replaceChildren(
      this.controls.element,
      h(
        'section',
        { class: 'kpis', 'aria-labelledby': 'plan-heading' },
        h('div', { class: 'section-head' }, h('h2', { id: 'plan-heading' }, 'Recommendation'), this.title),
        this.verdict,
        h('div', { class: 'exports' }, h('span', { class: 'exports-label' }, 'CSV report'), this.csv),
      ),
      this.curveGrid,
      this.levels,
    );
    this.show(null);
  }

  /** Shows `study` (null: none finished yet). */
  show(study: PlanStudy | null): void {
    if (study === this.shown && study !== null) return;
    this.shown = study;
    if (!study) {
      setText(this.title, '');
      this.verdict.removeAttribute('data-found');
      this.verdict.replaceChildren(h('p', { class: 'kpi-placeholder' }, 'Set the targets and find the capacity that meets them.'));
      this.levels.replaceChildren();
      this.csv.replaceChildren();
      this.curves = null;
      this.curveGrid.replaceChildren(h('p', { class: 'chart-placeholder' }, 'Not run yet.'));
      return;
    }
    const { plan } = study;
    const verdict = planVerdict(plan);
    setText(this.title, `${study.scenarioName} · ${plan.replications} replications per batch under seed ${study.seed} · ${Math.round(plan.confidence * 1000) / 10} % confidence`);
    this.verdict.dataset.found = String(verdict.found);
    this.verdict.replaceChildren(
      h('p', { class: 'verdict-headline' }, verdict.headline),
      h('div', { class: 'table-wrap' }, recommendationElement(plan)),
      ...verdict.notes.map((note) => h('p', { class: 'verdict-note' }, note)),
    );
    this.levels.replaceChildren(this.levelTable(study));
    studyCsvButtons(this.csv, study.files);
    // A view per region: which regions there are depends on the scenario planned.
    const keys = regionColumnKeys(plan.regions);
    this.curves = new ViewsPanel<PlanCurve[]>(
      this.curveGrid,
      plan.regions.map((region, r) => ({ id: `sweep-${keys[r]}`, title: `Capacity sweep: ${region}`, render: (container, curves, options) => planCurveChart(container, curves[r], options) })),
      this.onSaveError,
      'data-plan-view',
    );
    void this.curves.draw(
      plan.regions.map((_, r) => planCurve(plan, r)),
      study.scenarioName,
    );
  }

  /** The drawn curves' SVGs (for the printed report). */
  svgs(): SVGSVGElement[] {
    return this.curves?.svgs() ?? [];
  }

  /** Every region's evaluated levels: the capacity and each target's mean and lower bound on the region's own KPIs. */
  private levelTable({ plan }: PlanStudy): HTMLTableElement {
    const head = ['region', 'level', plan.kind === 'slots' ? 'update slots' : 'backup GB/h', ...plan.targets.flatMap((t) => [`${t.name} mean`, 'lower bound']), 'meets'];
    return h(
      'table',
      { class: 'kpi-table level-table', 'data-plan-levels': '' },
      h('caption', { class: 'sr-only' }, 'Capacity levels evaluated, per region'),
      h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { scope: 'col' }, text)))),
      h(
        'tbody',
        {},
        ...plan.regions.flatMap((region, r) =>
          regionSweep(plan, r).map((point) =>
            h(
              'tr',
              { 'data-region': region, 'data-level': String(point.level.level), class: point.rung === plan.recommended[r] ? 'recommended' : undefined },
              h('th', { scope: 'row' }, region),
              h('td', {}, `×${point.level.level}`),
              h('td', {}, String(Math.round(point.level.capacity))),
              ...point.targets.flatMap((t) => [h('td', {}, formatStat(t.mean, '%')), h('td', {}, formatStat(t.lowerBound, '%'))]),
              h('td', {}, point.meets ? 'yes' : 'no'),
            ),
          ),
        ),
      ),
    );
  }
}
