/**
 * The command line as a user meets it, for the batch commands' tests:
 * `node bin/wavesim.js` in a child process in an empty working folder, or
 * `main` in this process for usage errors (no child, so they stay fast).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, vi } from 'vitest';
import { main } from '../../../../sim/cli/main.js';

const BIN = fileURLToPath(new URL('../../../../bin/wavesim.js', import.meta.url));
export const TINY = fileURLToPath(new URL('../../../fixtures/tiny.json', import.meta.url));
export const INVALID = fileURLToPath(new URL('../../../fixtures/invalid.json', import.meta.url));
export const BASELINE = fileURLToPath(new URL('../../../../scenarios/baseline.json', import.meta.url));

const folders: string[] = [];

/** A fresh, empty working folder, removed after the test. */
export function emptyFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'wavesim-plan-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs `wavesim ...args` in `cwd`, stdout and stderr piped (so neither is a terminal). */
export function wavesim(args: string[], cwd = emptyFolder()) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { status, stdout, stderr, cwd };
}

/** Starts `wavesim ...args` in `cwd`, sends it SIGINT `afterMs` after stdout shows `ready`, and gives how it ended. */
export function interruptedWavesim(args: string[], ready: RegExp, afterMs: number, cwd = emptyFolder()) {
  return new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; cwd: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!sent && ready.test(stdout)) {
        sent = true;
        setTimeout(() => child.kill('SIGINT'), afterMs);
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, cwd }));
  });
}

/** Runs `main` in this process with `args`, keeping what it writes to stderr. */
export async function mainCapturingStderr(args: string[]) {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(['node', 'wavesim', ...args]), stderr };
  } finally {
    spy.mockRestore();
  }
}
