/**
 * A web worker behind comlink, with what the page needs and comlink lacks: a
 * way to stop it mid-call. Stopping terminates the worker and settles every
 * pending call with the reason. A worker that dies by itself (an uncaught
 * error, a script that fails to load) is stopped the same way, and the next
 * call starts a fresh one.
 */
import { wrap, type Remote } from 'comlink';

interface Running<Api> {
  worker: Worker;
  api: Remote<Api>;
}

export class StoppableWorker<Api> {
  private running: Running<Api> | null = null;
  private readonly failPending = new Set<(reason: Error) => void>();

  /**
   * Starts the worker now, so that the first call does not wait for it to load.
   * @param start makes the worker (Vite bundles the worker script named in its `new Worker(new URL(…))`)
   * @param what what the worker does, for the message when it dies ("the simulation")
   */
  constructor(
    private readonly start: () => Worker,
    private readonly what: string,
  ) {
    this.ready();
  }

  /** Runs `use` on the API; rejects with the reason when the worker is stopped or dies first. */
  call<T>(use: (api: Remote<Api>) => Promise<T>): Promise<T> {
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

  /** Terminates the worker at once and rejects every pending call with `reason`; a later call starts a fresh one. */
  stop(reason: Error): void {
    this.running?.worker.terminate();
    this.running = null;
    const pending = [...this.failPending];
    this.failPending.clear();
    for (const fail of pending) fail(reason);
  }

  private ready(): Running<Api> {
    if (this.running) return this.running;
    const worker = this.start();
    worker.addEventListener('error', (event) => {
      // Handled here: the browser need not report it as uncaught too.
      event.preventDefault();
      if (worker !== this.running?.worker) return;
      const detail = event.message ? ` (${event.message})` : '';
      // No restart here: a script that cannot load would fail again at once, and again.
      this.stop(new Error(`${this.what} stopped unexpectedly${detail}; it may have run out of memory`));
    });
    this.running = { worker, api: wrap<Api>(worker) };
    return this.running;
  }
}
