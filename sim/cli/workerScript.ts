/**
 * Where the replication pool's worker threads start: the compiled
 * replicationWorker.js that `npm run build:cli` writes beside the compiled
 * command line in dist-cli/. A worker then starts on plain JavaScript, with
 * no TypeScript compiler to load. Node 20 cannot start a worker from a .ts
 * file, so where this module runs from source (tests, tsx scripts) it points
 * at the same compiled file.
 */
const fromSource = import.meta.url.endsWith('.ts');
// A variable, not a literal: Vite would otherwise try to bundle the path as an asset.
const path = fromSource ? '../../dist-cli/replicationWorker.js' : './replicationWorker.js';

/** The file a replication worker thread runs. */
export const WORKER_SCRIPT = new URL(path, import.meta.url);
