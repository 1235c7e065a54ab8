/**
 * Builds the web planner the way `npm run build` does, but into a fresh
 * temporary folder, so a preview or a build someone else runs on `dist/` at
 * the same time is left alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: where `index.html`, `vite.config.ts` and `node_modules/` are. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Runs `vite build` into a new temporary folder and returns its path; the
 * caller removes it. Throws with Vite's output when the build fails.
 */
export function buildApp(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'wavesim-dist-'));
  // A child process with NODE_ENV=production: Vite builds for production only
  // when NODE_ENV says so or is unset, and vitest sets it to `test`. No colours:
  // its output ends up in an error message.
  const child = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  if (child.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`vite build failed (exit ${child.status ?? child.signal}):\n${child.stderr}${child.stdout}`);
  }
  return outDir;
}
