/**
 * The two buttons for stakeholders: "Print report" lays out the one-page
 * report (the scenario with its key inputs, the verdict, the KPIs that
 * matter, three views drawn for paper, and the plan, comparison and other
 * studies when they ran) and opens the browser's print dialog; "Export all"
 * saves every CSV of the current run and studies.
 */
import { REPORT_FILE_NAMES, type ReportFileName } from '../../sim/api/reportFileNames.js';
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import type { ReportRow } from '../../sim/report/ReportRow.js';
import { planVerdict } from '../../sim/plan/planVerdict.js';
import { VIEWS, type ViewDefinition } from '../charts/index.js';
import { compareTable } from './compareTable.js';
import { recommendationElement } from './recommendationElement.js';
import { h, setText } from './dom.js';
import { exportAll, type PendingFile } from './exportAll.js';
import { intervalTable } from './intervalTable.js';
import { kpiGroups } from './kpiTable.js';
import { paperCharts, type PaperView } from './paperCharts.js';
import { chartFigure, fillReport, fitToPage, PAPER_WIDTH, printedChart, type ReportHead, type ReportPart } from './printReport.js';
import { scenarioInputsTable } from './scenarioInputsTable.js';
import { isScenarioObject } from './scenarioInput.js';
import type { AppState, Store } from './store.js';
import type { StudyPanels } from './studyTabs.js';
import { targetChanceList } from './targetChanceList.js';
import { verdictContent } from './verdictView.js';

/**
 * The run's KPIs the report shows: the outcome, then the capacity, backup
 * and incident figures that explain it. Peak slot use per region is left
 * to the capacity view's caption, which says it for every region.
 */
const REPORT_KPIS = new Set([
  'share_on_n_at_window_end',
  'on_time_share',
  'days_to_50_percent_on_n',
  'days_to_90_percent_on_n',
  'days_to_99_percent_on_n',
  'instances_out_of_policy_at_window_end',
  'instances_missed_window',
  'queue_wait_p95',
  'window_overruns',
  'fallbacks',
  'peak_backup_demand_to_capacity',
  'hours_backup_demand_over_capacity',
  'incidents',
]);

/** The batch KPIs the report shows, fleet-wide: the targets' figures and the milestones. */
const REPORT_BATCH_KPIS = new Set(['share_on_n_at_window_end', 'on_time_share', 'days_to_90_percent_on_n', 'days_to_99_percent_on_n', 'instances_out_of_policy_at_window_end']);

/** Half the page's width less the gap between the columns, px: a chart beside another. */
const HALF_WIDTH = 350;

/** Hours of the run before the window's start that the views show, as on the Run tab. */
const LEAD_IN_HOURS = 7 * 24;

export interface ReportActionElements {
  print: HTMLButtonElement;
  exportAll: HTMLButtonElement;
  status: HTMLElement;
  /** Where the printed report is laid out. */
  report: HTMLElement;
}

/** Every CSV the page holds now: the run's five (when it finished) and each finished study's. */
function pendingFiles(state: AppState, runCsv: (name: ReportFileName) => Promise<ArrayBuffer>): PendingFile[] {
  const files: PendingFile[] = state.run.state === 'done' ? REPORT_FILE_NAMES.map((name) => ({ name, data: () => runCsv(name) })) : [];
  for (const study of Object.values(state.studies)) for (const file of study?.files ?? []) files.push({ name: file.name, data: async () => file.text });
  return files;
}

const viewOf = (id: string): ViewDefinition => VIEWS.find((view) => view.id === id)!;

/**
 * The three views that tell a run's story: how the fleet reached n and the
 * update capacity it used, side by side, then across the page what it left
 * behind: the policy compliance, or the backup load when backup throughput
 * held the wave back. The third needs the whole width: its time line and its
 * side panel of bars share it.
 */
function storyViews(summary: readonly ReportRow[]): (PaperView & { wide: boolean })[] {
  const bottleneck = summary.find((row) => row.kpi === 'bottleneck')?.value;
  return [
    { view: viewOf('throughput'), width: HALF_WIDTH, height: 240, wide: false },
    // Its legend takes four rows at this width, above two panels, and it grows to fit them (paperCharts).
    { view: viewOf('capacity'), width: HALF_WIDTH, height: 220, wide: false },
    { view: viewOf(bottleneck === 'backup' ? 'backup' : 'compliance'), width: PAPER_WIDTH, height: 150, wide: true },
  ];
}

/** The parts about the last finished run: its inputs, verdict, story views and (`withKpis`) key KPIs. */
function runParts(state: AppState, withKpis: boolean): ReportPart[] {
  if (!state.results) return [];
  const { output } = state.results;
  const instances = Number(output.summary.find((row) => row.kpi === 'instances')?.value ?? 0);
  const view: ViewSeries = output.view;
  const story = storyViews(output.summary);
  const charts = paperCharts(story, view, [Math.max(0, view.windowStartHour - LEAD_IN_HOURS), view.hours]);
  return [
    { name: 'inputs', heading: 'Scenario: key inputs', content: [scenarioInputsTable(output.scenario, instances)] },
    { name: 'verdict', heading: `Verdict of one run (seed ${view.seed})`, content: [h('div', { class: 'verdict', 'data-met': String(output.verdict.met) }, ...verdictContent(output.verdict))] },
    ...charts.map((chart, k): ReportPart => ({ name: `chart-${chart.id}`, heading: chart.title, content: [chartFigure(chart)], wide: story[k].wide })),
    ...(withKpis ? [{ name: 'kpis', heading: 'Key figures of the run', content: [kpiGroups(output.summary, { only: REPORT_KPIS, idPrefix: 'report-kpi-def' })], wide: true }] : []),
  ];
}

/** The report's parts for `state`. */
function reportParts(state: AppState, panels: StudyPanels | null): ReportPart[] {
  const { studies } = state;
  // After replications their intervals say the key figures better than one run, and the page has room for one of them only.
  const parts = runParts(state, studies.replicate === null);
  if (studies.replicate) {
    const r = studies.replicate;
    const kpis = r.kpis.filter((d) => d.scope === 'fleet' && REPORT_BATCH_KPIS.has(d.kpi));
    parts.push({
      name: 'replications',
      heading: `Over ${r.replications} replications (seed ${r.seed})`,
      content: [h('div', { class: 'target-chances' }, ...targetChanceList(r.kpis)), intervalTable(kpis, 'Key KPIs over the replications', r.replications)],
      wide: true,
    });
    // Without a run, the replications' bands stand in for its views.
    if (!state.results) parts.push({ name: 'bands', heading: 'Views: mean and 90 % band', content: [h('div', { class: 'report-charts' }, ...(panels?.replications.svgs().slice(0, 2) ?? []).map(printedChart))], wide: true });
  }
  if (studies.plan) {
    const verdict = planVerdict(studies.plan.plan);
    // The Plan tab's table: per region, capacity now, recommended, and each target's bound and margin there.
    parts.push({ name: 'plan', heading: 'Capacity plan', content: [h('p', { class: 'verdict-headline' }, verdict.headline), recommendationElement(studies.plan.plan)], wide: true });
  }
  if (studies.compare) {
    const { names, rows, replications } = studies.compare;
    const keyRows = rows.filter((row) => row.scope === 'fleet' && REPORT_BATCH_KPIS.has(String(row.kpi)));
    parts.push({ name: 'compare', heading: `Comparison: ${names.join(' vs ')}`, content: [compareTable(keyRows, replications)], wide: true });
  }
  if (studies.sensitivity) parts.push({ name: 'sensitivity', heading: 'Sensitivity', content: [h('div', { class: 'report-charts' }, ...(panels?.sensitivity.svgs() ?? []).map(printedChart))] });
  if (studies.gates) {
    const { curve, verdict, replications, scenarioName } = studies.gates;
    // Named: the study may be of another scenario than the run the report opens with.
    parts.push({
      name: 'gates',
      heading: `Health gates of ${scenarioName}: halt at K failures of the last ${curve.window} (${replications} replications per setting)`,
      content: [...(verdict === null ? [] : [h('p', { class: 'verdict-headline' }, verdict)]), h('div', { class: 'report-charts' }, ...(panels?.gates.svgs() ?? []).map(printedChart))],
    });
  }
  return parts;
}

/** The report's title, subtitle and the scenario's description. */
function reportHead(state: AppState): ReportHead {
  const { input, text } = state.scenario;
  const ran = state.results;
  const scenario = ran?.output.scenario ?? null;
  const name = scenario?.name ?? (isScenarioObject(input) ? String(input.name) : 'scenario');
  const seed = ran?.output.view.seed ?? (isScenarioObject(input) ? String(input.seed) : '');
  // Printing after an edit reports the run that finished, and says so, as the page's mark does.
  const stale = ran && ran.text !== text ? ' · results of the scenario as it was run, before later edits' : '';
  return { title: name, subtitle: `wavesim report · Seed ${seed} · ${new Date().toISOString().slice(0, 10)}${stale}`, description: scenario?.description ?? '' };
}

/** Wires Print report and Export all. */
export function wireReportActions(
  store: Store<AppState>,
  elements: ReportActionElements,
  runCsv: (name: ReportFileName) => Promise<ArrayBuffer>,
  panels: () => StudyPanels | null,
): void {
  const { print, status, report } = elements;
  const exportButton = elements.exportAll;
  const enable = (state: AppState) => {
    const any = state.run.state === 'done' || Object.values(state.studies).some((s) => s !== null);
    print.disabled = !any;
    exportButton.disabled = !any || exportButton.hasAttribute('aria-busy');
  };
  store.subscribe(enable);
  enable(store.get());

  print.addEventListener('click', () => {
    const state = store.get();
    fillReport(report, reportHead(state), reportParts(state, panels()));
    fitToPage(report);
    window.print();
  });

  exportButton.addEventListener('click', async () => {
    const files = pendingFiles(store.get(), runCsv);
    exportButton.setAttribute('aria-busy', 'true');
    exportButton.disabled = true;
    setText(status, `Saving ${files.length} files…`);
    try {
      const saved = await exportAll(files);
      setText(status, `Saved ${saved.length} files: ${saved.join(', ')}.`);
    } catch (error) {
      setText(status, `Could not export ${(error as Error).message}`);
    } finally {
      exportButton.removeAttribute('aria-busy');
      enable(store.get());
    }
  });
}
