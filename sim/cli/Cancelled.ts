/**
 * The user stopped a batch (Ctrl-C): workers are terminated, nothing is
 * written, and the exit code is 130, as a shell reports a process ended by
 * SIGINT.
 */

/** Thrown when a batch was cancelled; `main` exits 130. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled: nothing was written');
  }
}
