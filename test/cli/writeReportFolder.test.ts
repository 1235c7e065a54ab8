/**
 * All or nothing: whatever goes wrong while reports are written (no
 * permission, a folder in the way, a full disk, Ctrl-C, a failed swap), the
 * previous reports stay byte for byte as they were and no temporary file is
 * left. Faults are injected through the file operations the writer is given:
 * tests run as root, for whom a read-only folder is writable anyway.
 */
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BadInput } from '../../sim/cli/BadInput.js';
import { Cancelled } from '../../sim/cli/Cancelled.js';
import { writeReportFolder, type ReportFileSystem, type ReportSource } from '../../sim/cli/writeReportFolder.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A parent folder holding `reports/` with the previous reports and a file of the user's. */
function previousReports() {
  const root = mkdtempSync(join(tmpdir(), 'wavesim-folder-'));
  roots.push(root);
  const target = join(root, 'reports');
  mkdirSync(target);
  writeFileSync(join(target, 'a.csv'), 'old a\n');
  writeFileSync(join(target, 'b.csv'), 'old b\n');
  writeFileSync(join(target, 'notes.txt'), 'mine\n');
  return { root, target };
}

/** Every file under `root` with its bytes, so that "unchanged" means byte for byte, and no temporary folder may hide. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    out[path.slice(root.length)] = entry.isFile() ? readFileSync(path, 'latin1') : '<folder>';
  }
  return out;
}

/** New reports: a.csv in many chunks, b.csv whole. */
const NEW: ReportSource[] = [
  { name: 'a.csv', chunks: () => Array.from({ length: 5 }, (_, k) => `new a ${k}\n`) },
  { name: 'b.csv', text: 'new b\n' },
];

/** The node file system with one operation replaced. */
const faulty = (patch: Partial<ReportFileSystem>): ReportFileSystem => ({ ...fs, ...patch });

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

async function failure(folder: string, files: ReportSource[], io: ReportFileSystem): Promise<Error> {
  try {
    await writeReportFolder(folder, files, io);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the write to fail');
}

describe('writeReportFolder', () => {
  it('replaces the reports of the same names, keeps the user\'s other files and leaves no temporary folder', async () => {
    const { root, target } = previousReports();
    await writeReportFolder(target, NEW);
    expect(snapshot(root)).toEqual({
      '/reports': '<folder>',
      '/reports/a.csv': 'new a 0\nnew a 1\nnew a 2\nnew a 3\nnew a 4\n',
      '/reports/b.csv': 'new b\n',
      '/reports/notes.txt': 'mine\n',
    });
  });

  it('creates a missing folder and its parents', async () => {
    const { root } = previousReports();
    await writeReportFolder(join(root, 'x', 'y'), NEW);
    expect(readdirSync(join(root, 'x', 'y')).sort()).toEqual(['a.csv', 'b.csv']);
    expect(readdirSync(join(root, 'x'))).toEqual(['y']);
    // As mkdir would make it (umask 022 here): readable by others, as the reports were before.
    expect(fs.statSync(join(root, 'x', 'y')).mode & 0o777).toBe(fs.statSync(join(root, 'x')).mode & 0o777);
  });

  it('a read-only folder: exit-2 error in plain words, previous reports byte-identical, no temporary files', async () => {
    const { root, target } = previousReports();
    const before = snapshot(root);
    const error = await failure(target, NEW, faulty({ accessSync: () => { throw errno('EACCES'); } }));
    expect(error).toBeInstanceOf(BadInput);
    expect(error.message).toBe(`cannot write reports to ${target}: permission denied (nothing was changed)`);
    expect(snapshot(root)).toEqual(before);
  });

  it('an existing folder whose parent the user cannot write to (--out . at home) still gets its reports', async () => {
    const { root, target } = previousReports();
    const parentReadOnly = faulty({
      mkdirSync: ((path: fs.PathLike, options?: fs.MakeDirectoryOptions) => {
        if (!String(path).startsWith(target) && !fs.existsSync(path)) throw errno('EACCES');
        return fs.mkdirSync(path, options);
      }) as ReportFileSystem['mkdirSync'],
    });
    await writeReportFolder(target, NEW, parentReadOnly);
    expect(snapshot(root)['/reports/b.csv']).toBe('new b\n');
    expect(readdirSync(target).sort()).toEqual(['a.csv', 'b.csv', 'notes.txt']);
  });

  it('a read-only parent, where no temporary folder can be made: exit-2 error, nothing changed', async () => {
    const { root, target } = previousReports();
    const before = snapshot(root);
    const error = await failure(target, NEW, faulty({ mkdirSync: () => { throw errno('EROFS'); } }));
    expect(error).toBeInstanceOf(BadInput);
    expect(error.message).toMatch(/the file system is read-only$/);
    expect(snapshot(root)).toEqual(before);
  });

  it('a folder in the way of a report: exit-2 error naming it, nothing changed', async () => {
    const { root, target } = previousReports();
    rmSync(join(target, 'b.csv'));
    mkdirSync(join(target, 'b.csv'));
    const before = snapshot(root);
    const error = await failure(target, NEW, fs);
    expect(error).toBeInstanceOf(BadInput);
    expect(error.message).toBe(`cannot write b.csv to ${target}: a folder of that name is in the way (nothing was changed)`);
    expect(snapshot(root)).toEqual(before);
  });

  it('a file where the folder should be: exit-2 error, nothing changed', async () => {
    const { root } = previousReports();
    writeFileSync(join(root, 'plain'), 'x');
    const before = snapshot(root);
    const error = await failure(join(root, 'plain'), NEW, fs);
    expect(error.message).toMatch(/it is a file, not a folder/);
    expect(snapshot(root)).toEqual(before);
  });

  it('a disk that fills up midway through a report: exit-2 error "the disk is full", nothing changed', async () => {
    const { root, target } = previousReports();
    const before = snapshot(root);
    let budget = 20;
    const full = faulty({
      writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
        if (budget <= 0) throw errno('ENOSPC');
        const n = Math.min(budget, length);
        budget -= n;
        return fs.writeSync(fd, buffer, offset, n);
      }) as ReportFileSystem['writeSync'],
    });
    const error = await failure(target, NEW, full);
    expect(error).toBeInstanceOf(BadInput);
    expect(error.message).toBe(`cannot write reports to ${target}: the disk is full (nothing was changed)`);
    expect(snapshot(root)).toEqual(before);
  });

  it('Ctrl-C while a report is written: Cancelled (exit 130), nothing changed', async () => {
    const { root, target } = previousReports();
    const before = snapshot(root);
    let writes = 0;
    const interrupted = faulty({
      writeSync: ((...args: Parameters<typeof fs.writeSync>) => {
        // The user presses Ctrl-C during the second chunk.
        if (++writes === 2) process.emit('SIGINT');
        return (fs.writeSync as (...a: unknown[]) => number)(...args);
      }) as ReportFileSystem['writeSync'],
    });
    const error = await failure(target, NEW, interrupted);
    expect(error).toBeInstanceOf(Cancelled);
    expect(snapshot(root)).toEqual(before);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('a swap that fails after the first report moved in: every previous report is moved back', async () => {
    const { root, target } = previousReports();
    const before = snapshot(root);
    const failingSwap = faulty({
      renameSync: (from, to) => {
        // The new b.csv fails to move in; moving the previous one back works.
        if (String(to) === join(target, 'b.csv') && !String(from).includes('previous-')) throw errno('EIO');
        fs.renameSync(from, to);
      },
    });
    const error = await failure(target, NEW, failingSwap);
    expect(error).toBeInstanceOf(BadInput);
    expect(error.message).toMatch(/input\/output error \(nothing was changed\)$/);
    expect(snapshot(root)).toEqual(before);
  });
});
