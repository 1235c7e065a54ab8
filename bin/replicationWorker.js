// A worker thread of the replication pool (sim/cli/ReplicationPool.ts).
// Node 20 cannot run TypeScript, and tsx cannot be handed a .ts file as a
// worker, nor does its registration in the main thread reach a worker: each
// worker registers tsx itself, then loads the TypeScript worker module.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../sim/cli/replicationWorker.ts');
