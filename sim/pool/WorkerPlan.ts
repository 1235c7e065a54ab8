/**
 * How many workers a batch runs on, as the command line's --workers and the
 * page's `?workers=` set it: a fixed number, or a pool that starts with one
 * and grows as more pay (worthAnotherWorker).
 */

/** Workers for a batch. */
export interface WorkerPlan {
  /** The most it starts. */
  count: number;
  /** Starts one and adds more only as they pay (no number asked for), instead of `count` at once. */
  grow: boolean;
}
