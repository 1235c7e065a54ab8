/**
 * Compiles the command line (`npm run build:cli`) once per bench process, so
 * that the benches that run it measure a build of the sources as they are.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let built = false;

/** Builds dist-cli/ on the first call; later calls do nothing. */
export function buildCommandLineOnce(): void {
  if (built) return;
  const child = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`npm run build:cli failed:\n${child.stderr}`);
  built = true;
}
