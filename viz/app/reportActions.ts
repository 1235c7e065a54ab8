/**
 * The two buttons for stakeholders: "Print report" lays out the one-page
 * report (scenario and seed, KPIs with intervals when replications ran, the
 * key views, the plan's recommendation) and opens the browser's print
 * dialog; "Export all" saves every CSV of the current run and studies.
 */
import { REPORT_FILE_NAMES, type ReportFileName } from '../../sim/api/reportFileNames.js';
import type { ViewSeries } from '../../sim/report/viewSeries.js';
import { planVerdict } from '../../sim/plan/planVerdict.js';
import { h, setText } from './dom.js';
import { exportAll, type PendingFile } from './exportAll.js';
import { intervalTable } from './intervalTable.js';
import { showKpis } from './kpiTable.js';
import { verdictContent } from './verdictView.js';
import { fillReport, type ReportPart } from './printReport.js';
import { isScenarioObject } from './scenarioInput.js';
import type { AppState, Store } from './store.js';
import type { StudyPanels } from './studyTabs.js';
import type { ViewsPanel } from './viewsPanel.js';

/** The run views the report shows, by position in the run's panel: throughput and policy compliance. */
const KEY_RUN_VIEWS = [0, 2];

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

/** The report's parts for `state`. */
function reportParts(state: AppState, runViews: ViewsPanel<ViewSeries>, panels: StudyPanels | null): ReportPart[] {
  const { run, studies } = state;
  const parts: ReportPart[] = [];
  // The answer first, as on the Run tab.
  if (run.state === 'done' && run.output) {
    parts.push({ heading: `Verdict of one run (seed ${run.output.view.seed})`, content: [h('div', { class: 'verdict', 'data-met': String(run.output.verdict.met) }, ...verdictContent(run.output.verdict))], charts: [], wide: true });
  }
  if (studies.replicate) {
    const r = studies.replicate;
    parts.push({
      heading: `KPIs over ${r.replications} replications (seed ${r.seed}): mean, 95 % interval, percentiles`,
      content: [intervalTable(r.kpis, 'Main KPIs over the replications', r.replications)],
      charts: [],
      wide: true,
    });
  } else if (run.state === 'done' && run.output) {
    const tables = h('div', { class: 'kpi-tables' });
    showKpis(tables, run.output.summary);
    parts.push({ heading: `KPIs of one run (seed ${run.output.view.seed})`, content: [tables], charts: [], wide: true });
  }
  const runSvgs = run.state === 'done' ? runViews.svgs() : [];
  const keyViews = [...(panels?.replications.svgs().slice(0, 2) ?? []), ...KEY_RUN_VIEWS.flatMap((i) => (runSvgs[i] ? [runSvgs[i]] : []))];
  if (keyViews.length) parts.push({ heading: studies.replicate ? 'Key views: the replications’ bands, then one run' : 'Key views of the run', content: [], charts: keyViews, wide: true });
  if (studies.plan) {
    const verdict = planVerdict(studies.plan.plan);
    parts.push({
      heading: 'Capacity plan',
      content: [h('p', { class: 'verdict-headline' }, verdict.headline), h('ul', {}, ...verdict.lines.map((line) => h('li', {}, line)))],
      charts: panels?.plan.svgs() ?? [],
    });
  }
  if (studies.compare) {
    parts.push({ heading: `Comparison: ${studies.compare.names.join(' vs ')}`, content: [], charts: panels?.compare.svgs().slice(0, 1) ?? [] });
  }
  if (studies.sensitivity) parts.push({ heading: 'Sensitivity', content: [], charts: panels?.sensitivity.svgs() ?? [] });
  if (studies.gates) {
    const { curve, verdict, replications, scenarioName } = studies.gates;
    // Named: the study may be of another scenario than the run the report opens with.
    parts.push({
      heading: `Health gates of ${scenarioName}: halt at K failures of the last ${curve.window} (${replications} replications per setting)`,
      content: verdict === null ? [] : [h('p', { class: 'verdict-headline' }, verdict)],
      charts: panels?.gates.svgs() ?? [],
    });
  }
  return parts;
}

/** Wires Print report and Export all. */
export function wireReportActions(
  store: Store<AppState>,
  elements: ReportActionElements,
  runCsv: (name: ReportFileName) => Promise<ArrayBuffer>,
  runViews: ViewsPanel<ViewSeries>,
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
    const { input } = state.scenario;
    const name = state.run.output?.view.scenarioName ?? (isScenarioObject(input) ? String(input.name) : 'scenario');
    const seed = state.run.output?.view.seed ?? (isScenarioObject(input) ? String(input.seed) : '');
    fillReport(report, `wavesim report: ${name}`, `Seed ${seed} · ${new Date().toISOString().slice(0, 10)}`, reportParts(state, runViews, panels()));
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
