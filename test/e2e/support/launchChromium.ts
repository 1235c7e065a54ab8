/**
 * Starts Debian's Chromium through playwright-core: npm cannot download a
 * browser on our machines, so the tests use the system's.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags that let Chromium run headless as root on a machine with no GPU and
 * no outside network: without the background-networking ones it keeps trying
 * to reach Google's hosts and gets refused.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium; throws, saying how to install it, when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: the browser tests and benchmarks drive Debian's Chromium. ` +
        'Install it as root with `apt-get update && apt-get install -y chromium` (`bash .ci/run` does this).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
