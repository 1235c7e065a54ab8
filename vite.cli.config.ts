/**
 * The command line and its worker-thread entry, compiled to plain JavaScript
 * for Node 20 (`npm run build:cli`, run by npm's `prepare` at install):
 * Node 20 cannot run TypeScript, and compiling at every start cost most of a
 * second. The output, in dist-cli/, is what bin/wavesim.js runs.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // Dependencies are bundled in too: one file loads faster than hundreds of small modules resolved one by one.
  ssr: { noExternal: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: { wavesim: 'sim/cli/main.ts', replicationWorker: 'sim/cli/replicationWorker.ts' },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        // The options' defaults that --help quotes, in a chunk of their own: in the planner's chunk, they made
        // `wavesim --version` load the schema and the statistics (a megabyte) before printing a word.
        codeSplitting: { groups: [{ name: 'optionDefaults', test: /sim[\\/]plan[\\/](parseTarget|capacityLevels|parseVariation|scaleInput)\.ts$/ }] },
      },
    },
  },
});
