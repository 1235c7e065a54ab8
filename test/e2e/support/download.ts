/**
 * Saving a file from the page as a user would: click, wait for the browser's
 * download, and read what it saved.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Clicks `selector` and returns the saved file's name and bytes. */
export async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const failure = await file.failure();
  if (failure !== null) throw new Error(`download of ${file.suggestedFilename()} failed: ${failure}`);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}
