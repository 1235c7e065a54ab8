/**
 * Jobs shared out over a few workers like customers over checkout lanes:
 * each free worker takes the next job in line. Results are stored by job
 * number, not by the order they finish in, so whatever the number of workers
 * and their speed, the batch hands back the same list.
 */

/** Runs `job` on worker `worker`; reports its own progress from 0 to 1 through `onProgress`. */
export type RunJob<J, R> = (worker: number, job: J, onProgress: (done: number) => void) => Promise<R>;

/**
 * Runs `jobs` on `workers` workers (at most one job each at a time) and
 * resolves with their results in job order. `onProgress` receives the jobs
 * done so far, fractions of running ones included. On the first failure no
 * further job starts and the promise rejects with it.
 */
export function runJobs<J, R>(jobs: readonly J[], workers: number, runJob: RunJob<J, R>, onProgress?: (jobsDone: number) => void): Promise<R[]> {
  if (!(Number.isInteger(workers) && workers >= 1)) throw new RangeError(`runJobs: workers must be a whole number >= 1, got ${workers}`);
  const results: R[] = new Array(jobs.length);
  const running = new Map<number, number>();
  let next = 0;
  let finished = 0;
  let failed = false;
  const report = () => {
    let done = finished;
    for (const share of running.values()) done += share;
    onProgress?.(done);
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
        });
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        running.delete(index);
      }
      finished++;
      report();
    }
  };
  return Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, (_, w) => lane(w))).then(() => results);
}
