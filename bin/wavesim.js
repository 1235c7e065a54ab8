#!/usr/bin/env node
// The command line, compiled to JavaScript by `npm run build:cli` (npm runs it
// at install through `prepare`), so that starting it loads no compiler.
let main;
try {
  ({ main } = await import('../dist-cli/wavesim.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist-cli')) throw error;
  process.stderr.write('wavesim: the command line is not built yet: run "npm run build:cli" (npm install does it)\n');
  process.exit(1);
}
process.exitCode = await main(process.argv);
