import { defineConfig } from 'vitest/config';

export default defineConfig({
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
