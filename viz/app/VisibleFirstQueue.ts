/**
 * Drawing work for the page's main thread, handed out like a kitchen's
 * orders: the tables in sight are served first, a few plates at a time, and
 * the rest only when the kitchen is otherwise idle. Each job belongs to an
 * element; jobs of elements on screen (or about to scroll in) run first, in
 * page order, in tasks of about SLICE_MS, so that clicks and scrolling are
 * answered between them; jobs of elements off screen wait until the page is
 * idle, or run at once when their element scrolls in. A job is told whether
 * its element is in sight, so that work out of sight can keep its result
 * off the page for now; a job queued as `whenInSight` (putting such a result
 * on the page) runs only once its element scrolls in. `flush` runs whatever
 * is left at once, for printing and exporting.
 */

/** Jobs run back to back until a task has lasted this long; then the page gets the thread back. */
export const SLICE_MS = 12;

/** How far outside the viewport an element counts as about to scroll in. */
const NEAR_SCREEN = '300px 0px';

/** The longest an off-screen job waits for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 1000;

/** Runs `callback` in a task of its own, soon, so that input waiting for the thread is handled first (and without setTimeout's clamping). */
function nextTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/** Runs `callback` when the page is idle (at the latest after IDLE_TIMEOUT_MS); a plain next task where the browser cannot tell. */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  else nextTask(callback);
}

/** Work for an element; `inSight` is false when it runs while its element is off screen (when the page is idle). */
export type Job = (inSight: boolean) => void;

interface QueuedJob {
  run: Job;
  /** Runs only once its element is on screen (or when asked for at once), never when the page is merely idle. */
  whenInSight: boolean;
}

export class VisibleFirstQueue {
  /** Queued jobs by element, in the order their elements were observed (page order). */
  private readonly jobs = new Map<Element, QueuedJob | null>();
  private readonly onScreen = new Set<Element>();
  private readonly observer: IntersectionObserver | null;
  /** The slice already asked for: a task soon, or one when idle. */
  private scheduled: 'task' | 'idle' | null = null;

  constructor() {
    // Without IntersectionObserver (as in jsdom) every element counts as on screen.
    this.observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              for (const entry of entries) {
                if (entry.isIntersecting) this.onScreen.add(entry.target);
                else this.onScreen.delete(entry.target);
              }
              this.schedule();
            },
            { rootMargin: NEAR_SCREEN },
          );
  }

  /** Watches `element`, whose jobs run in the order of the calls to `observe`. */
  observe(element: Element): void {
    this.jobs.set(element, null);
    this.observer?.observe(element);
  }

  /** Queues `job` for `element`, replacing the one queued for it, if any; a `whenInSight` job waits until its element is on screen. */
  put(element: Element, job: Job, { whenInSight = false } = {}): void {
    this.jobs.set(element, { run: job, whenInSight });
    this.schedule();
  }

  /** Drops the job queued for `element`. */
  drop(element: Element): void {
    if (this.jobs.has(element)) this.jobs.set(element, null);
  }

  /** Runs the job queued for `element` now, if there is one, as one whose result is wanted in sight (unless `inSight` says otherwise). */
  runNow(element: Element, inSight = true): void {
    const job = this.jobs.get(element);
    if (!job) return;
    this.jobs.set(element, null);
    job.run(inSight);
  }

  /** Runs every queued job now, in page order. */
  flush(): void {
    for (const element of this.jobs.keys()) this.runNow(element);
  }

  private isOnScreen(element: Element): boolean {
    return this.observer === null || this.onScreen.has(element);
  }

  /** The next element whose job should run: the first on screen, else (when the page is idle) the first of all. */
  private next(idle: boolean): Element | null {
    let first: Element | null = null;
    for (const [element, job] of this.jobs) {
      if (!job) continue;
      if (this.isOnScreen(element)) return element;
      if (!job.whenInSight) first ??= element;
    }
    return idle ? first : null;
  }

  private schedule(): void {
    if (this.scheduled === 'task') return;
    if (this.next(false) !== null) {
      // A job on screen does not wait for an idle slice already asked for.
      this.scheduled = 'task';
      nextTask(() => this.slice(false));
    } else if (this.scheduled === null && this.next(true) !== null) {
      this.scheduled = 'idle';
      whenIdle(() => this.slice(true));
    }
  }

  private slice(idle: boolean): void {
    if (this.scheduled === (idle ? 'idle' : 'task')) this.scheduled = null;
    const start = performance.now();
    for (let element = this.next(idle); element !== null; element = this.next(idle)) {
      this.runNow(element, this.isOnScreen(element));
      if (performance.now() - start >= SLICE_MS) break;
    }
    this.schedule();
  }
}
