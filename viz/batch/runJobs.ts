/**
 * Jobs shared out over a few workers like customers over checkout lanes:
 * each free worker takes the next job in line, and a lane may open while
 * the queue is long (see Growth). Results are stored by job number, not by
 * the order they finish in, so whatever the number of workers and their
 * speed, the batch hands back the same list.
 */

/** Runs `job` on worker `worker`; reports its own progress from 0 to 1 through `onProgress`. */
export type RunJob<J, R> = (worker: number, job: J, onProgress: (done: number) => void) => Promise<R>;

/** How the lanes open: some at once, more while they pay. */
export interface Growth {
  /** Lanes opened at once, at least 1. */
  lanes: number;
  /** Asked after each job's progress and end, with the lanes open and the jobs not yet handed out: open one more? */
  another(lanes: number, jobsLeft: number): boolean;
}

/**
 * Runs `jobs` on up to `workers` workers (at most one job each at a time)
 * and resolves with their results in job order. Without `growth`, all
 * `workers` lanes open at once; with it, `growth.lanes` do, and another
 * whenever `growth.another` says so. `onProgress` receives the jobs done so
 * far, fractions of running ones included. On the first failure no further
 * job starts and the promise rejects with it.
 */
export function runJobs<J, R>(jobs: readonly J[], workers: number, runJob: RunJob<J, R>, onProgress?: (jobsDone: number) => void, growth?: Growth): Promise<R[]> {
  if (!(Number.isInteger(workers) && workers >= 1)) throw new RangeError(`runJobs: workers must be a whole number >= 1, got ${workers}`);
  const results: R[] = new Array(jobs.length);
  const running = new Map<number, number>();
  const most = Math.min(workers, jobs.length);
  const lanes: Promise<void>[] = [];
  let next = 0;
  let finished = 0;
  let failed = false;
  const report = () => {
    let done = finished;
    for (const share of running.values()) done += share;
    onProgress?.(done);
  };
  const grow = () => {
    while (growth && lanes.length < most && next < jobs.length && growth.another(lanes.length, jobs.length - next)) open();
  };
  const lane = async (worker: number): Promise<void> => {
    while (!failed && next < jobs.length) {
      const index = next++;
      running.set(index, 0);
      try {
        results[index] = await runJob(worker, jobs[index], (share) => {
          // Progress that arrives after its job ended would count the job twice.
          if (!running.has(index)) return;
          running.set(index, Math.min(1, Math.max(0, share)));
          report();
          grow();
        });
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        running.delete(index);
      }
      finished++;
      report();
      grow();
    }
  };
  const open = () => lanes.push(lane(lanes.length));
  for (let w = 0; w < Math.min(most, growth ? Math.max(1, growth.lanes) : most); w++) open();
  // Lanes may open while the first ones run: wait until every lane opened so far has ended.
  const all = async (): Promise<R[]> => {
    for (let waited = 0; waited < lanes.length; ) {
      const opened = lanes.length;
      await Promise.all(lanes);
      waited = opened;
    }
    return results;
  };
  return all();
}
