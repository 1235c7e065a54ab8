/**
 * Writing reports safely: the folder is made if needed, and each file goes
 * under a temporary name in the same folder and is then renamed. A rename
 * within a folder is atomic, so a crash midway leaves either the old file or
 * the new one, never half of one.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportFile } from '../report/reportFiles.js';
import { BadInput } from './BadInput.js';

function writeAtomically(folder: string, file: ReportFile): void {
  const temporary = join(folder, `.${file.name}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, file.text);
    renameSync(temporary, join(folder, file.name));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Writes `files` into `folder`, replacing any of the same name; BadInput when the folder cannot be made. */
export function writeReportFolder(folder: string, files: readonly ReportFile[]): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new BadInput(`cannot create the output folder ${folder}: ${(error as Error).message}`);
  }
  for (const file of files) writeAtomically(folder, file);
}
