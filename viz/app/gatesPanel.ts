/**
 * The Gates tab: the scenario's failure gate ("halt when at least K of the
 * last N finished updates failed") tried at each K the user sets, with the
 * bad build and without it, on the same replication seeds. The trade-off
 * curve, a table of the figures, the verdict in the terminal's words and
 * gates-study.csv as `wavesim gates` writes it.
 */
import { MAX_THRESHOLDS, type GateTargets } from '../../sim/plan/index.js';
import { formatInterval, formatStat } from '../../sim/plan/formatStat.js';
import type { GatesCurve, GatesFindings } from '../batch/gatesFindings.js';
import { gatesCurveChart } from '../charts/gatesCurveChart.js';
import { h, setText } from './dom.js';
import { isScenarioObject } from './scenarioInput.js';
import { numberField, readNumber, REPLICATIONS_RULE, type NumberRule } from './studyFields.js';
import { studyControls, studyCsvButtons, type StudyControls } from './studyControls.js';
import { ViewsPanel } from './viewsPanel.js';

/** Replications per setting the tab offers first: a study runs 1 + 2 per threshold settings, so fewer than the command line's 20. */
const DEFAULT_REPLICATIONS = 10;

/** The window a gate looks at when the scenario has no failure gate: as a study of the bundled bad-build scenarios would use. */
const DEFAULT_WINDOW = 20;

/** The largest window, as on the command line (`--window`). */
const WINDOW_RULE: NumberRule = { min: 1, max: 1000, whole: true };

/** A target, as on the command line (`--max-exposure`, `--max-false-halt-days`). */
const TARGET_RULE: NumberRule = { min: 0, max: 1e9 };

/** What the Gates tab asks of the study. */
export interface GatesRequest {
  thresholds: number[];
  window: number;
  targets: GateTargets;
  replications: number;
}

/** The failure gate a scenario as written has: its window and threshold (either may be missing). */
function scenarioGate(input: unknown): { window?: number; atLeast?: number } {
  if (!isScenarioObject(input) || !isScenarioObject(input.gates) || !isScenarioObject(input.gates.failures)) return {};
  const { lastUpdates, atLeast } = input.gates.failures;
  return { window: typeof lastUpdates === 'number' ? lastUpdates : undefined, atLeast: typeof atLeast === 'number' ? atLeast : undefined };
}

/** Thresholds to try first for `input`: three either side of its gate's threshold (a quarter of the window when it has none), within the window. */
export function defaultGateSettings(input: unknown): { window: number; from: number; to: number; step: number } {
  const gate = scenarioGate(input);
  const window = gate.window !== undefined && Number.isInteger(gate.window) && gate.window >= 1 ? gate.window : DEFAULT_WINDOW;
  const centre = gate.atLeast ?? Math.max(1, Math.round(window / 4));
  return { window, from: Math.max(1, centre - 3), to: Math.min(window, centre + 3), step: 1 };
}

/** Why a scenario as written cannot have a gates study ('' when it can): short, for the line beside the Run button. */
export function whyNoGatesStudy(input: unknown): string {
  return isScenarioObject(input) && isScenarioObject(input.defect) ? '' : 'This scenario has no bad build ("defect") to catch.';
}

/** What the tab says when the scenario has no bad build, in full. */
const NO_DEFECT_NOTICE =
  'A gates study needs a bad build: it counts the instances that get it before a gate halts the wave. This scenario has no "defect", so there is nothing to catch. Pick bad-build-gated under Bundled scenario, or add a defect to this scenario (Whole scenario as JSON).';

export class GatesPanel {
  readonly controls: StudyControls;
  private readonly form: HTMLElement;
  private readonly title: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly verdict: HTMLElement;
  private readonly table: HTMLElement;
  private readonly csv: HTMLElement;
  private readonly curve: ViewsPanel<GatesCurve>;
  private shown: GatesFindings | null = null;

  constructor(root: HTMLElement, onStart: (request: GatesRequest) => void, onSaveError: (message: string) => void) {
    const defaults = defaultGateSettings(null);
    const optional = (label: string, name: string, hint: string) =>
      h('label', { class: 'study-field' }, h('span', {}, label), h('input', { type: 'text', inputmode: 'decimal', name, value: '', size: 6, placeholder: 'none', title: hint }));
    const fields = [
      numberField('Halt at K failures, K from', 'threshold-from', defaults.from),
      numberField('to', 'threshold-to', defaults.to),
      numberField('step', 'threshold-step', defaults.step),
      numberField('of the last N updates, N =', 'window', defaults.window),
      optional('Max exposure (instances)', 'max-exposure', 'Target: at most this many instances updated on the bad build (upper end of the 95 % interval)'),
      optional('Max false-halt days', 'max-false-halt-days', 'Target: at most this many days halted when nothing is wrong (upper end of the 95 % interval)'),
      numberField('Replications per setting', 'replications', DEFAULT_REPLICATIONS),
    ];
    this.controls = studyControls('gates', fields, 'Run gates study', () => {
      const value = (name: string) => this.form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value;
      const window = readNumber(value('window'), 'The window N', WINDOW_RULE);
      if (typeof window === 'string') return window;
      const whole: NumberRule = { min: 1, max: window, whole: true };
      const from = readNumber(value('threshold-from'), 'K from', whole);
      if (typeof from === 'string') return `${from.slice(0, -1)} (the window N).`;
      const to = readNumber(value('threshold-to'), 'K to', { ...whole, min: from });
      if (typeof to === 'string') return `${to.slice(0, -1)} (from K to the window N).`;
      const step = readNumber(value('threshold-step'), 'The step', whole);
      if (typeof step === 'string') return step;
      const thresholds: number[] = [];
      for (let k = from; k <= to; k += step) thresholds.push(k);
      if (thresholds.length > MAX_THRESHOLDS) return `At most ${MAX_THRESHOLDS} thresholds in one study (these are ${thresholds.length}): take a larger step.`;
      const targets: GateTargets = {};
      for (const [name, label, key] of [
        ['max-exposure', 'Max exposure', 'maxExposure'],
        ['max-false-halt-days', 'Max false-halt days', 'maxFalseHaltDays'],
      ] as const) {
        if (value(name).trim() === '') continue;
        const target = readNumber(value(name), label, TARGET_RULE);
        if (typeof target === 'string') return `${target.slice(0, -1)}, or empty for no target.`;
        targets[key] = target;
      }
      const r = readNumber(value('replications'), 'Replications per setting', REPLICATIONS_RULE);
      if (typeof r === 'string') return r;
      onStart({ thresholds, window, targets, replications: r });
      return '';
    });
    this.form = this.controls.element;
    this.title = h('p', { class: 'results-title', 'data-study-title': '' });
    this.notice = h('p', { class: 'gates-notice', 'data-gates-notice': '', hidden: true }, NO_DEFECT_NOTICE);
    this.verdict = h('div', { class: 'plan-verdict', 'data-gates-verdict': '', role: 'status' });
    this.table = h('div', { class: 'study-kpis' });
    this.csv = h('div', { class: 'csv-buttons' });
    const grid = h('div', { class: 'views-grid single' });
    this.curve = new ViewsPanel<GatesCurve>(grid, [{ id: 'trade-off', title: 'Exposure against days halted', render: (container, curve, options) => gatesCurveChart(container, curve, options) }], onSaveError, 'data-gates-view');
    root.replaceChildren(
      this.controls.element,
      h(
        'section',
        { class: 'kpis', 'aria-labelledby': 'gates-heading' },
        h('div', { class: 'section-head' }, h('h2', { id: 'gates-heading' }, 'Which gate threshold to use'), this.title),
        this.notice,
        this.verdict,
        h(
          'p',
          { class: 'views-hint' },
          'Each threshold K runs twice on the same seeds: with the bad build out (how many instances get it, how long the wave halts) and without it (every halt is a false alarm). A lower K catches the bad build sooner but halts more often for nothing.',
        ),
        h('div', { class: 'exports' }, h('span', { class: 'exports-label' }, 'CSV report'), this.csv),
      ),
      grid,
      this.table,
    );
    this.show(null);
  }

  /** Says plainly when the scenario as written has no bad build for the study to catch. */
  setScenario(input: unknown): void {
    this.notice.hidden = whyNoGatesStudy(input) === '';
  }

  /** Puts the thresholds and window that suit the scenario as written into the form (a newly loaded scenario). */
  suggest(input: unknown): void {
    const settings = defaultGateSettings(input);
    const set = (name: string, value: number) => {
      this.form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = String(value);
    };
    set('threshold-from', settings.from);
    set('threshold-to', settings.to);
    set('threshold-step', settings.step);
    set('window', settings.window);
  }

  /** Shows `findings` (null: none finished yet). */
  show(findings: GatesFindings | null): void {
    if (findings === this.shown && findings !== null) return;
    this.shown = findings;
    if (!findings) {
      setText(this.title, '');
      this.verdict.removeAttribute('data-found');
      this.verdict.replaceChildren(h('p', { class: 'kpi-placeholder' }, 'Set the thresholds and, if you have them, your targets; then run the study.'));
      this.table.replaceChildren();
      this.csv.replaceChildren();
      this.curve.clear('Not run yet.');
      return;
    }
    const { curve } = findings;
    setText(this.title, `${findings.scenarioName} · ${findings.replications} replications per setting under seed ${findings.seed} · gate over the last ${curve.window} updates`);
    this.verdict.dataset.found = String(findings.verdict === null || curve.recommended !== null);
    this.verdict.replaceChildren(
      h('p', { class: 'verdict-headline' }, findings.verdict ?? 'Set a max exposure and max false-halt days to mark the thresholds that meet your targets.'),
    );
    this.table.replaceChildren(this.curveTable(findings));
    studyCsvButtons(this.csv, findings.files);
    void this.curve.draw(curve, findings.scenarioName);
  }

  /** The drawn curve's SVG (for the printed report). */
  svgs(): SVGSVGElement[] {
    return this.curve.svgs();
  }

  /** The curve's figures, as the terminal prints them: no gate first, then each threshold. */
  private curveTable({ curve }: GatesFindings): HTMLTableElement {
    const targets = curve.targets.maxExposure !== undefined || curve.targets.maxFalseHaltDays !== undefined;
    const head = [`halt at K of ${curve.window}`, 'exposure (instances)', '95 % interval', 'days halted', 'false-halt days', '95 % interval', ...(targets ? ['meets targets'] : [])];
    const cell = (text: string) => h('td', {}, text);
    return h(
      'table',
      { class: 'kpi-table level-table', 'data-gates-table': '' },
      h('caption', { class: 'sr-only' }, 'Exposure and days halted per threshold'),
      h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { scope: 'col' }, text)))),
      h(
        'tbody',
        {},
        h(
          'tr',
          { 'data-threshold': 'none' },
          h('th', { scope: 'row' }, 'no gate'),
          cell(formatStat(curve.ungated.mean, 'instances')),
          cell(formatInterval(curve.ungated.low, curve.ungated.high, 'instances')),
          cell('0'),
          cell('0'),
          cell(''),
          ...(targets ? [cell('')] : []),
        ),
        ...curve.points.map((p) =>
          h(
            'tr',
            { 'data-threshold': String(p.threshold), class: p.threshold === curve.recommended ? 'recommended' : undefined },
            h('th', { scope: 'row' }, String(p.threshold)),
            cell(formatStat(p.exposure.mean, 'instances')),
            cell(formatInterval(p.exposure.low, p.exposure.high, 'instances')),
            cell(formatStat(p.daysHalted.mean, 'days')),
            cell(formatStat(p.falseHaltDays.mean, 'days')),
            cell(formatInterval(p.falseHaltDays.low, p.falseHaltDays.high, 'days')),
            ...(targets ? [cell(p.meets ? 'yes' : 'no')] : []),
          ),
        ),
      ),
    );
  }
}
