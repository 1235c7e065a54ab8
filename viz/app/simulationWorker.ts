/**
 * A web worker running the simulation API, with what the page needs and
 * comlink lacks: a way to stop it mid-call. Stopping terminates the worker
 * and settles every pending call with the reason. A worker that dies by
 * itself (an uncaught error, a script that fails to load) is stopped the
 * same way, and the next call starts a fresh one.
 */
import { wrap, type Remote } from 'comlink';
import type { SimulationApi } from '../../sim/api/simulationApi.js';

interface Running {
  worker: Worker;
  api: Remote<SimulationApi>;
}

export class SimulationWorker {
  private running: Running | null = null;
  private readonly failPending = new Set<(reason: Error) => void>();

  /** Starts the worker now, so that the first call does not wait for it to load. */
  constructor() {
    this.ready();
  }

  /** Runs `use` on the API; rejects with the reason when the worker is stopped or dies first. */
  call<T>(use: (api: Remote<SimulationApi>) => Promise<T>): Promise<T> {
    const { api } = this.ready();
    return new Promise<T>((resolve, reject) => {
      this.failPending.add(reject);
      use(api)
        .then(resolve, reject)
        .finally(() => this.failPending.delete(reject));
    });
  }

  /** Terminates the worker at once, rejects every pending call with `reason`, and starts a fresh worker. */
  restart(reason: Error): void {
    this.stop(reason);
    this.ready();
  }

  private stop(reason: Error): void {
    this.running?.worker.terminate();
    this.running = null;
    const pending = [...this.failPending];
    this.failPending.clear();
    for (const fail of pending) fail(reason);
  }

  private ready(): Running {
    if (this.running) return this.running;
    const worker = new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('error', (event) => {
      // Handled here: the browser need not report it as uncaught too.
      event.preventDefault();
      if (worker !== this.running?.worker) return;
      const detail = event.message ? ` (${event.message})` : '';
      // No restart here: a script that cannot load would fail again at once, and again.
      this.stop(new Error(`the simulation stopped unexpectedly${detail}; it may have run out of memory`));
    });
    this.running = { worker, api: wrap<SimulationApi>(worker) };
    return this.running;
  }
}
