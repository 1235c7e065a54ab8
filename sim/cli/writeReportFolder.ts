/**
 * Writing reports all or nothing, like a print shop that hands over the
 * whole order or none of it: every file is streamed into a temporary folder
 * (beside the target, or inside it when it exists), and only once each is
 * complete on disk are they swapped in. Any failure (no permission, a folder in the way, a full disk, Ctrl-C)
 * removes the temporary folder and leaves the previous reports byte for byte
 * as they were.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ReportChunk, ReportFile, ReportStream } from '../report/reportFiles.js';
import { BadInput } from './BadInput.js';
import { Cancelled } from './Cancelled.js';

/** The file operations the writer uses; tests pass faulty ones to simulate a full disk or a refused write. */
export type ReportFileSystem = Pick<
  typeof nodeFs,
  'accessSync' | 'closeSync' | 'fsyncSync' | 'mkdirSync' | 'openSync' | 'renameSync' | 'rmSync' | 'statSync' | 'writeSync'
>;

/** A report to write: whole text (a batch study's) or chunks streamed row by row (a run's). */
export type ReportSource = ReportFile | ReportStream;

const chunksOf = (file: ReportSource): Iterable<ReportChunk> => ('text' in file ? [file.text] : file.chunks());

/** Plain words for the errors a file system gives, as a user would say them. */
const PLAIN: Partial<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a file is in the way of a folder',
  EISDIR: 'a folder is in the way of a file',
  EEXIST: 'a file is in the way',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

function plain(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && PLAIN[code]) ?? (error as Error).message;
}

/** What the target folder holds now: nothing, or a folder whose report names are free for files. BadInput otherwise. */
function checkTarget(fs: ReportFileSystem, target: string, shown: string, names: readonly string[]): boolean {
  let isFolder: boolean;
  try {
    isFolder = fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
  if (!isFolder) throw new BadInput(`cannot write reports to ${shown}: it is a file, not a folder (nothing was changed)`);
  for (const name of names) {
    let isFile = true;
    try {
      isFile = fs.statSync(join(target, name)).isFile();
    } catch {
      continue;
    }
    if (!isFile) throw new BadInput(`cannot write ${name} to ${shown}: a folder of that name is in the way (nothing was changed)`);
  }
  try {
    fs.accessSync(target, nodeFs.constants.W_OK);
  } catch (error) {
    throw new BadInput(`cannot write reports to ${shown}: ${plain(error)} (nothing was changed)`);
  }
  return true;
}

/**
 * Checks that reports named `names` could be written to `folder` before any
 * work is done; BadInput (exit 2) saying why when they could not.
 */
export function checkReportFolder(folder: string, names: readonly string[], fs: ReportFileSystem = nodeFs): void {
  checkTarget(fs, resolve(folder), folder, names);
}

/** Gives the event loop a turn, so that a Ctrl-C between two chunks is heard. */
const turn = () => new Promise<void>((done) => setImmediate(done));

function writeAll(fs: ReportFileSystem, fd: number, chunk: ReportChunk): void {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
}

/** Streams one file into `path`, complete on disk when it returns. */
async function writeFile(fs: ReportFileSystem, path: string, file: ReportSource, cancelled: () => boolean): Promise<void> {
  const fd = fs.openSync(path, 'wx');
  try {
    for (const chunk of chunksOf(file)) {
      writeAll(fs, fd, chunk);
      await turn();
      if (cancelled()) throw new Cancelled();
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Moves the complete files from `staging` into the existing `target`. The
 * previous files go into `staging` first, so a failure midway moves every one
 * back. Synchronous: a Ctrl-C cannot land in the middle.
 */
function swapInto(fs: ReportFileSystem, staging: string, target: string, names: readonly string[]): void {
  const moved: { name: string; hadPrevious: boolean }[] = [];
  try {
    for (const name of names) {
      let hadPrevious = true;
      try {
        fs.renameSync(join(target, name), join(staging, `previous-${name}`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        hadPrevious = false;
      }
      moved.push({ name, hadPrevious });
      fs.renameSync(join(staging, name), join(target, name));
    }
  } catch (error) {
    for (const { name, hadPrevious } of moved.reverse()) {
      fs.rmSync(join(target, name), { force: true });
      if (hadPrevious) fs.renameSync(join(staging, `previous-${name}`), join(target, name));
    }
    throw error;
  }
}

/**
 * Writes `files` into `folder` all or nothing, replacing reports of the same
 * names and leaving any other file in the folder alone. Throws BadInput (exit
 * 2) with one plain line when it cannot, and Cancelled (exit 130) on Ctrl-C;
 * either way the folder is as it was and no temporary file is left.
 */
export async function writeReportFolder(folder: string, files: readonly ReportSource[], fs: ReportFileSystem = nodeFs): Promise<void> {
  const target = resolve(folder);
  const names = files.map((f) => f.name);
  const exists = checkTarget(fs, target, folder, names);
  const parent = dirname(target);
  // Beside a new target, renamed into place whole, and made like any folder so it keeps the user's permissions; inside an
  // existing one, so that only the folder itself must be writable (`--out .` in a home folder). Either way the swap is a
  // rename within one file system.
  const staging = exists ? join(target, `.wavesim-${process.pid}.tmp`) : join(parent, `.${basename(target)}.wavesim-${process.pid}.tmp`);
  try {
    fs.mkdirSync(parent, { recursive: true });
    // Only a process of this id that was killed can have left one behind.
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging);
  } catch (error) {
    throw new BadInput(`cannot create the output folder ${folder}: ${plain(error)}`);
  }
  let interrupted = false;
  const onInterrupt = () => (interrupted = true);
  // Listening for SIGINT replaces Node's default of dying at once, which would leave the temporary folder behind.
  process.on('SIGINT', onInterrupt);
  try {
    for (const file of files) await writeFile(fs, join(staging, file.name), file, () => interrupted);
    if (exists) swapInto(fs, staging, target, names);
    else fs.renameSync(staging, target);
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    throw new BadInput(`cannot write reports to ${folder}: ${plain(error)} (nothing was changed)`);
  } finally {
    process.off('SIGINT', onInterrupt);
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
