/**
 * Vitest's global set-up: compiles the command line into dist-cli/ before any
 * test runs, so that the CLI tests run what bin/wavesim.js runs, built from
 * the sources being tested and never a stale build, and so that worker
 * threads started from source find their compiled entry.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds the CLI once per test run. */
export async function setup(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('../../vite.cli.config.ts', import.meta.url)), logLevel: 'warn' });
}
