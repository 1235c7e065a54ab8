/**
 * How long a run still needs, from how far it got in how long: the same
 * straight-line guess a download bar makes, said in words a person reads at
 * a glance ("37 % · about 12 s left").
 */

/** Too early for a guess: the first moments of a run include loading and building the fleet. */
const MIN_ELAPSED_MS = 500;

/** Milliseconds left if the rest goes as fast as what is done, or null while there is nothing to go by. */
export function timeLeftMs(elapsedMs: number, done: number): number | null {
  if (done <= 0 || elapsedMs < MIN_ELAPSED_MS) return null;
  if (done >= 1) return 0;
  return (elapsedMs * (1 - done)) / done;
}

/** "about 12 s left", "about 3 min left", "less than a second left"; null says "estimating". */
export function timeLeftText(leftMs: number | null): string {
  if (leftMs === null) return 'estimating time left';
  if (leftMs < 1000) return 'less than a second left';
  const seconds = Math.round(leftMs / 1000);
  if (seconds < 90) return `about ${seconds} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/** A whole percent from 0 to 100; never 100 before the end. */
export function percentDone(done: number): number {
  const clamped = Math.min(1, Math.max(0, done));
  return clamped < 1 ? Math.min(99, Math.floor(clamped * 100)) : 100;
}

/** The progress line of a running run: "37 % · about 12 s left"; at 100 % the results are still being gathered. */
export function progressText(elapsedMs: number, done: number): string {
  if (done >= 1) return '100 % · gathering the results';
  return `${percentDone(done)} % · ${timeLeftText(timeLeftMs(elapsedMs, done))}`;
}
