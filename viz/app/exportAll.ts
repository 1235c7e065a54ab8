/**
 * "Export all": every CSV of the current run and of each finished study,
 * saved one after the other as separate downloads (no archive: the files
 * are the command line's, and each opens as it is). A short pause between
 * them keeps the browser from dropping any.
 */
import { saveFile } from './downloads.js';

/** A file to save: its name and a way to get its bytes or text. */
export interface PendingFile {
  name: string;
  data(): Promise<BlobPart>;
}

/** Pause between two downloads, ms. */
const PAUSE_MS = 150;

/** Saves every file in order; resolves with the names saved. A file that cannot be had stops the export with its name. */
export async function exportAll(files: readonly PendingFile[]): Promise<string[]> {
  const saved: string[] = [];
  for (const file of files) {
    let data: BlobPart;
    try {
      data = await file.data();
    } catch (error) {
      throw new Error(`${file.name}: ${(error as Error).message}`);
    }
    saveFile(file.name, data, 'text/csv');
    saved.push(file.name);
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  return saved;
}
