/**
 * Vitest's global set-up: compiles the command line into dist-cli/ before any
 * test runs, so that the CLI tests run what bin/wavesim.js runs, built from
 * the sources being tested and never a stale build, and so that worker
 * threads started from source find their compiled entry.
 *
 * It builds beside dist-cli/ and then swaps the folders: a build in place
 * empties dist-cli/ first, and a CLI test of another vitest run in the same
 * checkout would find no CLI for that moment. Same sources give the same
 * chunk names, so a CLI already running still finds its chunks.
 */
import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Builds the CLI once per test run. */
export async function setup(): Promise<void> {
  const fresh = root(`dist-cli.new-${process.pid}`);
  const old = root(`dist-cli.old-${process.pid}`);
  await build({ configFile: root('vite.cli.config.ts'), logLevel: 'warn', build: { outDir: fresh } });
  try {
    renameSync(root('dist-cli'), old);
  } catch {
    // No build yet: nothing to set aside.
  }
  renameSync(fresh, root('dist-cli'));
  rmSync(old, { recursive: true, force: true });
}
