/** The discrete-event kernel: knows nothing of releases or tenants. */
export { Simulation, type EventHandler, type EventKind, type EventHandle } from './Simulation.js';
export { Resource, GRANTED, type GrantHandler } from './Resource.js';
export { KeyedHeap, type HeapHandle } from './KeyedHeap.js';
export { TimeWeighted } from './TimeWeighted.js';
export { Tally } from './Tally.js';
export { randomStream, type RandomStream } from './randomStream.js';
export * from './distributions.js';
export { packedArray } from './packedArray.js';
export { stableShape } from './stableShape.js';
export { DOUBLE_ZERO } from './doubleZero.js';
