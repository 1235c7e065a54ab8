/**
 * The planner ready to be driven: built, served on loopback and a headless
 * browser started, with one `close` that stops all of it.
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { buildApp } from './buildApp.js';
import { launchChromium } from './launchChromium.js';
import { previewApp } from './previewApp.js';

/** A served build of the app and a browser to open it in. */
export interface Planner {
  /** The app's address. */
  url: string;
  browser: Browser;
  /** Closes the browser and the server, and removes the build when `startPlanner` made it. */
  close(): Promise<void>;
}

/**
 * Launches Chromium (first, so a missing browser fails before a build),
 * builds the app unless `outDir` already holds a build, and serves it.
 * Whatever was started is stopped again if a later step fails.
 */
export async function startPlanner(outDir?: string): Promise<Planner> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const close = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    let dir = outDir;
    if (dir === undefined) {
      const built = buildApp();
      cleanups.push(() => rmSync(built, { recursive: true, force: true }));
      dir = built;
    }
    const server = await previewApp(dir);
    cleanups.push(() => server.close());
    return { url: server.url, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}
