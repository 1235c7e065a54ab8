/** Metrics: small pure functions from simulated results to figures. */
export { erlangC, type ErlangC } from './erlangC.js';
export { studentTQuantile } from './studentTQuantile.js';
export { confidenceInterval, type ConfidenceInterval } from './confidenceInterval.js';
export { shareInterval } from './shareInterval.js';
export { describe, type Description } from './describe.js';
