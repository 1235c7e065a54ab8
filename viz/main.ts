/**
 * The page's entry: starts the run worker first thing, finds the scenario
 * the page opens with and has the worker check and run it at once, so that
 * the worker loads, compiles and simulates while the page's own code arrives
 * and builds the planner (once the check is back), which then takes the run over.
 */
import { bundledScenarios } from './app/bundledScenarios.js';
import { startFirstRun } from './app/firstRun.js';
import { initialScenario } from './app/initialScenario.js';
import { SimulationWorker } from './app/simulationWorker.js';

const runWorker = new SimulationWorker();
const scenarios = bundledScenarios();
// Nothing runs on its own when the page's link could not be loaded: the user chooses.
const opening = initialScenario(scenarios).then((initial) => ({ initial, first: initial.linkProblem === null ? startFirstRun(runWorker, initial.loaded.text) : null }));
// The planner builds the page (the longest task of the start) once the worker has answered the check: the browser
// hands a new worker the messages sent to it only when this thread is free after the worker's script has run, so a
// page being built at that moment held the check and the run back by 50 to 200 ms here. The run takes longer than the check.
const checked = opening.then(async (opened) => {
  await opened.first?.check.catch(() => undefined);
  return opened;
});
void Promise.all([import('./planner.js'), checked]).then(([{ startPlanner }, { initial, first }]) => startPlanner(runWorker, scenarios, initial, first));
