import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The chunks whose functions V8 should compile as the chunk loads, not one by one as they are first called. */
const COMPILED_ON_LOAD = ['planner'];

/**
 * Marks the planner's chunk with V8's explicit compile hint (a first line
 * `//# allFunctionsCalledOnLoad`, Chrome 136 and later): it loads while the
 * worker runs the page's first scenario, and compiling its chart code then,
 * instead of function by function while the first views are drawn, took
 * about 40 ms of main-thread CPU off that drawing here. Written into the
 * files once they are out: the minifier drops comments, and Vite puts its
 * preload helper first in a chunk after the plugins' last hook on its code.
 */
function compileHints(): Plugin {
  return {
    name: 'wavesim:compile-hints',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !COMPILED_ON_LOAD.includes(chunk.name)) continue;
        const file = join(options.dir!, chunk.fileName);
        writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
      }
    },
  };
}

export default defineConfig({
  plugins: [compileHints()],
  // The simulation worker imports modules, so it is bundled as an ES module worker.
  worker: { format: 'es' },
  // `npm start` and `npm run preview` serve the built planner here.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The CLI tests run the compiled command line, built first from these sources.
    globalSetup: ['test/support/buildCommandLine.ts'],
    testTimeout: 60_000,
  },
});
