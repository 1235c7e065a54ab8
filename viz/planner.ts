/**
 * The planner page: a release manager picks, opens or edits a scenario on
 * the left, runs it in a web worker, and reads the KPIs and the seven views
 * on the right; the other tabs run batches of replications (intervals,
 * capacity plan, comparison, sensitivity) on a pool of workers. This module
 * only wires the app's pieces together through the store; each piece lives
 * in `app/`. `main.ts` loads it once the run worker has started, and hands it
 * the first run, already under way.
 */
import { issueLine } from '../sim/scenario/ScenarioError.js';
import type { BundledScenario } from './app/bundledScenarios.js';
import type { FirstRun } from './app/firstRun.js';
import { baselineScenario, type OpeningScenario } from './app/initialScenario.js';
import { valueAt } from './app/applyEdit.js';
import { byId, setText } from './app/dom.js';
import { csvButtons, saveFile } from './app/downloads.js';
import { showIssues } from './app/issuesView.js';
import { JsonEditor } from './app/jsonEditor.js';
import { showKpiPlaceholder, showKpis } from './app/kpiTable.js';
import { showVerdict } from './app/verdictView.js';
import { pageStorage, saveScenario } from './app/persistence.js';
import { showProgress } from './app/progressView.js';
import { RunController } from './app/runController.js';
import type { SimulationWorker } from './app/simulationWorker.js';
import { scenarioFileName, scenarioFileText } from './app/scenarioFile.js';
import { ScenarioForm } from './app/scenarioForm.js';
import { wireSkipLink } from './app/skipLink.js';
import { isScenarioObject, parseScenarioInput, scenarioInputText } from './app/scenarioInput.js';
import { showPicked, wireScenarioSources, type LoadedScenario } from './app/scenarioSource.js';
import { watchValidation } from './app/scenarioValidation.js';
import { copyScenarioLink, forgetScenarioLink, scenarioInAddress } from './app/shareLink.js';
import { wireLinkAlert } from './app/linkAlert.js';
import { wireReportActions } from './app/reportActions.js';
import { NO_BATCH, Store, type AppState, type RunStatus, type ScenarioOrigin, type ScenarioState } from './app/store.js';
import { editedScenario } from './app/editedScenario.js';
import { pickerLabel } from './app/pickerLabel.js';
import { resultsStale, STALE_MARK } from './app/resultsStale.js';
import type { RunOutput } from '../sim/api/simulationApi.js';
import type { StudyPanels } from './app/studyTabs.js';
import { wireTabs } from './app/tabs.js';
import { ViewsPanel } from './app/viewsPanel.js';
import { workerCount } from './app/workerCount.js';
import { VIEWS } from './charts/index.js';

/** Edits are kept in local storage after this pause, not on every key. */
const SAVE_PAUSE_MS = 300;

const IDLE: RunStatus = { state: 'idle', done: 0, startedAt: NaN, endedAt: NaN, error: '', output: null };

function scenarioState(loaded: LoadedScenario, origin: ScenarioOrigin, input = parseScenarioInput(loaded.text)): ScenarioState {
  return { ...loaded, basedOn: loaded.bundled, input, origin };
}

/** The notice for a link that could not be loaded: why, and that nothing changed or ran. */
function linkProblemText(problem: string, shown: string): string {
  return `This link's scenario could not be loaded: ${problem}. Nothing has run; the ${shown} is shown. Keep it, load the bundled baseline, or open a file.`;
}

/** What `#run-error` says: why a scenario just loaded cannot run, or why the last run failed. */
function alertText({ scenario, issues, run }: AppState): string {
  if (scenario.origin === 'load' && issues !== null && issues.length > 0) return `The ${scenario.source} cannot run:\n${issues.map(issueLine).join('\n')}`;
  return run.state === 'error' ? run.error : '';
}

/** Why Run is disabled, when it is. */
function whyNotRunnable({ scenario, issues, run }: AppState): string {
  if (run.state === 'running') return '';
  if (issues === null) return 'Checking the scenario…';
  if (issues.length > 0) return `Fix ${issues.length === 1 ? 'the problem' : `the ${issues.length} problems`} in the scenario to run it.`;
  return isScenarioObject(scenario.input) ? '' : 'The scenario must be a JSON object.';
}

/**
 * Builds the page on the scenario it opens with (`initial`, one of the
 * bundled `scenarios` or not) and takes over `first`, that scenario's check
 * and run, already under way in `runWorker` (null when a link failed and
 * nothing is to run).
 */
export function startPlanner(runWorker: SimulationWorker, scenarios: readonly BundledScenario[], initial: OpeningScenario, first: FirstRun | null): void {
  const sourceStatus = byId('scenario-source');
  const store = new Store<AppState>({
    scenario: scenarioState(initial.loaded, 'load'),
    issues: null,
    run: IDLE,
    results: null,
    batch: NO_BATCH,
    studies: { replicate: null, plan: null, compare: null, sensitivity: null, gates: null },
  });
  const runs = new RunController(store, runWorker);
  const load = (loaded: LoadedScenario) => store.set({ scenario: scenarioState(loaded, 'load') });
  const linkAlert = wireLinkAlert(
    { alert: byId('link-alert'), text: byId('link-alert-text'), keep: byId<HTMLButtonElement>('link-keep'), baseline: byId<HTMLButtonElement>('link-baseline') },
    () => load(baselineScenario(scenarios)),
  );

  const runButton = byId<HTMLButtonElement>('run');
  const cancelButton = byId<HTMLButtonElement>('cancel');
  const downloadScenario = byId<HTMLButtonElement>('download-scenario');
  const picker = byId<HTMLSelectElement>('scenario-picker');
  const errorsList = byId('scenario-errors');
  const runError = byId('run-error');
  const kpis = byId('kpi-tables');
  const verdict = byId('verdict');
  const resultsTitle = byId('results-title');
  const runDescription = byId('run-description');
  const linkStatus = byId('link-status');
  const runHintText = byId('run-hint');
  const runPanel = byId('panel-run');
  const staleMarks = [byId('kpi-stale'), byId('views-stale')];

  const form = new ScenarioForm(byId('scenario-form'), byId('seed-slot'), (input) =>
    store.set({ scenario: editedScenario(store.get().scenario, scenarioInputText(input), 'form', input) }),
  );
  const json = new JsonEditor(byId<HTMLDetailsElement>('json-view'), byId<HTMLTextAreaElement>('scenario-json'), (text) =>
    store.set({ scenario: editedScenario(store.get().scenario, text, 'json') }),
  );
  const exportStatus = byId('export-status');
  const onSaveError = (message: string) => (exportStatus.textContent = message);
  const views = new ViewsPanel(byId('views'), VIEWS, onSaveError);
  const enableCsv = csvButtons(byId('csv-buttons'), exportStatus, (name) => runs.csv(name));
  const batchBar = byId('batch-bar');
  // The batch tabs' code (and the scenario checks and statistics it needs on this thread) loads when one is first opened.
  let panels: StudyPanels | null = null;
  let studyTabs: Promise<void> | null = null;
  const loadStudyTabs = () =>
    (studyTabs ??= import('./app/studyTabs.js').then(
      ({ wireStudyTabs }) => {
        panels = wireStudyTabs(store, scenarios, workerCount(location.search, navigator.hardwareConcurrency), onSaveError);
      },
      (error: Error) => {
        studyTabs = null;
        const batchError = byId('batch-error');
        setText(batchError, `The batch tabs could not be loaded: ${error.message}. Reload the page to try again.`);
        batchError.hidden = false;
      },
    ));
  wireTabs(byId('results-tabs'), (tab) => {
    batchBar.hidden = tab === 'tab-run';
    if (tab !== 'tab-run') void loadStudyTabs();
  });
  wireReportActions(
    store,
    { print: byId<HTMLButtonElement>('print-report-button'), exportAll: byId<HTMLButtonElement>('export-all'), status: byId('report-status'), report: byId('print-report') },
    (name) => runs.csv(name),
    () => panels,
  );
  wireScenarioSources(
    { picker, fileInput: byId<HTMLInputElement>('scenario-file'), dropZone: byId('drop-zone'), status: sourceStatus },
    scenarios,
    load,
  );

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const showScenario = (scenario: ScenarioState) => {
    if (scenario.origin !== 'form') form.render(scenario.input);
    if (scenario.origin !== 'json') json.show(scenario.text);
    const { issues } = store.get();
    if (issues !== null) showIssues(issues, errorsList);
    showPicked(picker, scenario.bundled, pickerLabel(scenario));
    sourceStatus.textContent = scenario.origin === 'load' ? `Loaded the ${scenario.source}.` : 'Edited: your changes are kept in this browser.';
    forgetScenarioLink();
    linkStatus.textContent = '';
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      if (!saveScenario(pageStorage(), { text: scenario.text, bundled: scenario.bundled })) {
        sourceStatus.textContent = 'This browser cannot keep this scenario (too large, or storage is off): download it to keep it.';
      }
    }, SAVE_PAUSE_MS);
  };

  const showRunProgress = (run: RunStatus) => {
    document.body.dataset.runState = run.state;
    showProgress(byId('progress'), run);
    enableCsv(run.state === 'done');
  };

  /** Shows a finished run's verdict and KPIs, and draws its views. */
  const showOutput = ({ view, summary, verdict: outcome, scenario }: RunOutput) => {
    resultsTitle.textContent = `${view.scenarioName} · seed ${view.seed} · ${view.instances.toLocaleString('en')} instances`;
    // The scenario's story in its own words, under the verdict: the answer comes first.
    runDescription.textContent = scenario.description ?? '';
    runDescription.hidden = !scenario.description;
    showVerdict(verdict, outcome);
    showKpis(kpis, summary);
    // Open on the window (and the week before it): the months between announcement and window hold no updates.
    void views.draw(view, view.scenarioName, [Math.max(0, view.windowStartHour - 7 * 24), view.hours]).then((drawn) => {
      if (drawn && window.__wavesim) window.__wavesim.viewsDrawnAt = performance.now();
    });
  };

  /** Marks the Run tab's results out of date, on the KPIs and on the views, while the scenario differs from the one they ran. */
  const showStale = (state: AppState) => {
    const stale = resultsStale(state);
    runPanel.dataset.stale = String(stale);
    for (const mark of staleMarks) {
      setText(mark, stale ? STALE_MARK : '');
      mark.hidden = !stale;
    }
  };

  /** What the results area shows as a run enters `run.state`. */
  const showRunResults = (run: RunStatus) => {
    switch (run.state) {
      case 'idle':
        verdict.hidden = true;
        runDescription.hidden = true;
        showKpiPlaceholder(kpis, 'Run a scenario to see its KPIs.');
        views.clear('Not run yet.');
        break;
      case 'running':
        resultsTitle.textContent = `Running ${String(valueAt(store.get().scenario.input, ['name']) ?? 'the scenario')}…`;
        verdict.hidden = true;
        runDescription.hidden = true;
        showKpiPlaceholder(kpis, 'Running…');
        views.clear('Running…');
        break;
      case 'done':
        showOutput(run.output!);
        break;
      case 'cancelled': {
        // The last good results come back: a cancelled run replaces nothing.
        const { results } = store.get();
        if (results !== null) showOutput(results.output);
        else {
          resultsTitle.textContent = '';
          verdict.hidden = true;
          runDescription.hidden = true;
          showKpiPlaceholder(kpis, 'The run was cancelled: run it again to see results.');
          views.clear('The run was cancelled: run it again to see results.');
        }
        break;
      }
      case 'error': {
        const message = 'The run failed: see the message above.';
        resultsTitle.textContent = '';
        verdict.hidden = true;
        runDescription.hidden = true;
        showKpiPlaceholder(kpis, message);
        views.clear(message);
        break;
      }
    }
  };

  const showControls = (state: AppState) => {
    const hint = whyNotRunnable(state);
    runButton.disabled = hint !== '' || state.run.state === 'running';
    setText(runHintText, hint);
    cancelButton.disabled = state.run.state !== 'running';
    downloadScenario.disabled = !(state.issues?.length === 0 && isScenarioObject(state.scenario.input));
    const alert = alertText(state);
    setText(runError, alert);
    runError.hidden = alert === '';
  };

  // The page shows its first scenario's run as soon as the scenario is known to be valid, unless a link failed and the user is to choose.
  let autoRun = initial.linkProblem === null;
  if (initial.linkProblem !== null) linkAlert.show(linkProblemText(initial.linkProblem, initial.loaded.source));
  store.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario) showScenario(state.scenario);
    if (state.issues !== previous.issues && state.issues !== null) showIssues(state.issues, errorsList);
    if (state.run !== previous.run) showRunProgress(state.run);
    if (state.run.state !== previous.run.state) showRunResults(state.run);
    showStale(state);
    showControls(state);
    if (autoRun && state.issues !== null) {
      autoRun = false;
      // The first run is already under way in the worker, unless the scenario changed before its check came back.
      const started = first?.run.text === state.scenario.text ? first.run : undefined;
      if (state.issues.length === 0 && state.run.state === 'idle' && isScenarioObject(state.scenario.input)) void runs.run(started);
    }
  });

  runButton.addEventListener('click', () => void runs.run());
  cancelButton.addEventListener('click', () => runs.cancel());
  byId('reset-zoom').addEventListener('click', () => views.zoom(null));
  byId('copy-link').addEventListener('click', () => {
    copyScenarioLink(store.get().scenario.text, linkStatus).catch((error: Error) => {
      linkStatus.textContent = `Could not make a link: ${error.message}`;
    });
  });
  downloadScenario.addEventListener('click', () => {
    const { text, input } = store.get().scenario;
    if (isScenarioObject(input)) saveFile(scenarioFileName(input.name), scenarioFileText(text, input), 'application/json');
  });
  // A scenario link pasted into the address bar of the open page.
  window.addEventListener('hashchange', () => {
    scenarioInAddress().then(
      (text) => {
        if (text === null) return;
        linkAlert.hide();
        load({ text, bundled: null, source: 'scenario from the link' });
      },
      (error: Error) => {
        linkAlert.show(linkProblemText(error.message, 'scenario you had'));
      },
    );
  });

  wireSkipLink(byId<HTMLAnchorElement>('skip-to-results'), byId('results'));
  showScenario(store.get().scenario);
  showRunProgress(IDLE);
  showRunResults(IDLE);
  showStale(store.get());
  showControls(store.get());
  watchValidation(store, (text) => (first !== null && text === first.run.text ? first.check : runs.validate(text)));
}

