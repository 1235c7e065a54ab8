/**
 * The planner's simulation thread: the same simulation API as everywhere,
 * exposed to the page with comlink. The page terminates this worker to cancel
 * a run and starts a fresh one.
 */
import { expose } from 'comlink';
import { createSimulationApi } from '../../sim/api/simulationApi.js';

expose(createSimulationApi());
