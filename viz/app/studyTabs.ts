/**
 * The five batch tabs wired to the app: each tab's settings start a study on
 * the replication workers through one BatchController, the batch bar shows
 * its progress (percent and time left over every run of the study) with
 * Cancel, and each tab shows the latest finished study of its kind.
 */
import {
  compareScenarios,
  gatesSettingCount,
  planCapacity,
  planRunCount,
  replicationSeeds,
  sensitivitySettingCount,
  studyGates,
  studySensitivity,
} from '../../sim/plan/index.js';
import { parseScenario } from '../../sim/scenario/index.js';
import type { WorkerPlan } from '../../sim/pool/WorkerPlan.js';
import { comparisonStudy } from '../batch/comparisonStudy.js';
import { gatesFindings } from '../batch/gatesFindings.js';
import { planStudy } from '../batch/planStudy.js';
import { replicationStudy } from '../batch/replicationStudy.js';
import { sensitivityFindings } from '../batch/sensitivityFindings.js';
import { BatchController } from './batchController.js';
import type { BundledScenario } from './bundledScenarios.js';
import { bundledFile, ComparePanel } from './comparePanel.js';
import { byId, setText } from './dom.js';
import { GatesPanel, whyNoGatesStudy } from './gatesPanel.js';
import { PlanPanel } from './planPanel.js';
import { showProgress } from './progressView.js';
import { ReplicationsPanel } from './replicationsPanel.js';
import { scenarioFileName } from './scenarioFile.js';
import { isScenarioObject } from './scenarioInput.js';
import { SensitivityPanel } from './sensitivityPanel.js';
import type { AppState, Store } from './store.js';

/** The batch tabs' panels, for the printed report. */
export interface StudyPanels {
  replications: ReplicationsPanel;
  plan: PlanPanel;
  compare: ComparePanel;
  sensitivity: SensitivityPanel;
  gates: GatesPanel;
}

/** Why no study can start now ('' when one can). */
function whyNoStudy({ issues, batch }: AppState): string {
  if (batch.state === 'running') return 'A batch is running: wait for it or cancel it.';
  if (issues === null) return 'Checking the scenario…';
  if (issues.length > 0) return 'Fix the scenario to run it.';
  return '';
}

/** Wires the batch tabs' panels, the batch bar and Cancel; replication workers as `workers` plans them run each batch. */
export function wireStudyTabs(store: Store<AppState>, bundled: readonly BundledScenario[], workers: WorkerPlan, onSaveError: (message: string) => void): StudyPanels {
  const batches = new BatchController(store, workers);
  // Run is only enabled for a valid scenario, so this parses; it throws (a bug) otherwise.
  const current = () => parseScenario(store.get().scenario.text);

  const replications = new ReplicationsPanel(
    byId('panel-replications'),
    (r) => {
      const scenario = current();
      const jobs = replicationSeeds(scenario.seed, r).map((seed) => ({ scenario, seed }));
      void batches.start('replicate', r, async (run) => replicationStudy(scenario.name, scenario.seed, await run(jobs)));
    },
    onSaveError,
  );
  const plan = new PlanPanel(
    byId('panel-plan'),
    (settings) => {
      const scenario = current();
      const request = { ...settings, seed: scenario.seed };
      void batches.start('plan', planRunCount(scenario, request), async (run) => planStudy(scenario.name, scenario.seed, await planCapacity(scenario, request, run)));
    },
    onSaveError,
  );
  const compare = new ComparePanel(
    byId('panel-compare'),
    bundled,
    () => {
      const { text, bundled: name, input } = store.get().scenario;
      return { text, file: name !== null ? bundledFile(name) : scenarioFileName(isScenarioObject(input) ? input.name : '') };
    },
    (entries, r) => {
      // As `wavesim compare`: the replication seeds derive from the first scenario's seed.
      const batch = { replications: r, seed: entries[0].scenario.seed };
      void batches.start('compare', entries.length * r, async (run) => comparisonStudy(batch.seed, await compareScenarios(entries, batch, run)));
    },
    onSaveError,
  );
  const sensitivity = new SensitivityPanel(
    byId('panel-sensitivity'),
    (ranges, r) => {
      const scenario = current();
      const batch = { replications: r, seed: scenario.seed };
      void batches.start('sensitivity', sensitivitySettingCount(ranges.length) * r, async (run) =>
        sensitivityFindings(scenario.name, scenario.seed, await studySensitivity(scenario, ranges, batch, run)),
      );
    },
    onSaveError,
  );
  const gates = new GatesPanel(
    byId('panel-gates'),
    ({ thresholds, window, targets, replications }) => {
      const scenario = current();
      const batch = { replications, seed: scenario.seed, window };
      void batches.start('gates', gatesSettingCount(thresholds.length) * replications, async (run) =>
        gatesFindings(scenario.name, scenario.seed, await studyGates(scenario, thresholds, batch, run), targets),
      );
    },
    onSaveError,
  );

  const progress = byId('batch-progress');
  const cancel = byId<HTMLButtonElement>('batch-cancel');
  const batchError = byId('batch-error');
  setText(byId('batch-workers'), `${workers.grow ? 'up to ' : ''}${workers.count} ${workers.count === 1 ? 'worker' : 'workers'}`);
  cancel.addEventListener('click', () => batches.cancel());
  const controls = [replications.controls, plan.controls, compare.controls, sensitivity.controls];

  const show = (state: AppState, previous: AppState | null) => {
    const { batch, studies } = state;
    if (batch !== previous?.batch) {
      document.body.dataset.batchState = batch.state;
      if (batch.kind) progress.dataset.study = batch.kind;
      showProgress(progress, batch);
      cancel.disabled = batch.state !== 'running';
      setText(batchError, batch.error);
      batchError.hidden = batch.error === '';
    }
    const reason = whyNoStudy(state);
    for (const c of controls) c.setRunnable(reason);
    // The gates study also needs a bad build to catch; the batch and validity reasons come first.
    gates.controls.setRunnable(reason || whyNoGatesStudy(state.scenario.input));
    if (studies !== previous?.studies) {
      replications.show(studies.replicate);
      plan.show(studies.plan);
      compare.show(studies.compare);
      sensitivity.show(studies.sensitivity);
      gates.show(studies.gates);
    }
    if (state.scenario !== previous?.scenario) {
      const { input } = state.scenario;
      compare.setCurrentName(isScenarioObject(input) && typeof input.name === 'string' ? input.name : 'unnamed');
      // A newly loaded scenario gets thresholds around its own gate; edits keep what the user set.
      if (previous === null || state.scenario.origin === 'load') gates.suggest(input);
      gates.setScenario(input);
    }
  };
  store.subscribe(show);
  show(store.get(), null);
  return { replications, plan, compare, sensitivity, gates };
}
