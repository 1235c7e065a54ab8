/**
 * The page's entry: starts the run worker first thing, finds the scenario
 * the page opens with and has the worker check and run it at once, so that
 * the worker loads, compiles and simulates while the page's own code arrives
 * and builds the planner, which then takes the run over.
 */
import { bundledScenarios } from './app/bundledScenarios.js';
import { startFirstRun } from './app/firstRun.js';
import { initialScenario } from './app/initialScenario.js';
import { SimulationWorker } from './app/simulationWorker.js';

const runWorker = new SimulationWorker();
const scenarios = bundledScenarios();
// Nothing runs on its own when the page's link could not be loaded: the user chooses.
const opening = initialScenario(scenarios).then((initial) => ({ initial, first: initial.linkProblem === null ? startFirstRun(runWorker, initial.loaded.text) : null }));
void Promise.all([import('./planner.js'), opening]).then(([{ startPlanner }, { initial, first }]) => startPlanner(runWorker, scenarios, initial, first));
