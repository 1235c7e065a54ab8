/**
 * The page's entry: starts the run worker first thing, so that it loads and
 * compiles the simulation while the page's own code arrives and builds the
 * planner, then loads that code. The first run needs the worker at once.
 */
import { SimulationWorker } from './app/simulationWorker.js';

const runWorker = new SimulationWorker();
void import('./planner.js').then(({ startPlanner }) => startPlanner(runWorker));
