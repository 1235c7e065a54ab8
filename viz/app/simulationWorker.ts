/**
 * The web worker running the simulation API: one run at a time (and the
 * scenario checks after the page's first, in a second one), stoppable mid-run.
 */
import type { SimulationApi } from '../../sim/api/simulationApi.js';
import { StoppableWorker } from './StoppableWorker.js';

export class SimulationWorker extends StoppableWorker<SimulationApi> {
  constructor() {
    super(() => new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module' }), 'the simulation');
  }
}
