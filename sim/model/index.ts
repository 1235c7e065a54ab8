/** The release-wave model, built on the kernel's public API. */
export { simulateRelease, type RunOptions } from './simulateRelease.js';
export { ReleaseWave } from './ReleaseWave.js';
export type { TraceEvent, TraceStage } from './TraceEvent.js';
export * from './SimulationResult.js';
export { MESSAGE_CHANNELS, REMINDERS } from './communications.js';
export { canImport, MIN_IMPORT_VERSION } from './buildFleet.js';
