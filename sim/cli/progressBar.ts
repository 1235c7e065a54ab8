/**
 * A progress bar on stderr for an interactive terminal, drawn only once the
 * work has lasted a second (shorter work would just flicker) and cleared
 * when it ends, so stdout stays clean for the tables.
 */
import cliProgress from 'cli-progress';

/** A progress bar is drawn only once the work has lasted this long. */
const PROGRESS_AFTER_MS = 1000;

/** What a command calls while it works. */
export interface ProgressBar {
  /** The share done, 0 to 1. */
  onProgress(done: number): void;
  /** Clears the bar, if one was drawn. */
  stop(): void;
}

/** A bar labelled `label` ("simulating", "replicating", …); when not `enabled`, calls do nothing. */
export function progressBar(enabled: boolean, label: string): ProgressBar {
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    onProgress(done) {
      if (!enabled) return;
      if (!bar) {
        if (Date.now() - started < PROGRESS_AFTER_MS) return;
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: `${label} [{bar}] {percentage}% | ETA {eta_formatted}`, clearOnComplete: true, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(100, Math.round(done * 100));
      }
      bar.update(Math.round(done * 100));
    },
    stop() {
      bar?.stop();
    },
  };
}
