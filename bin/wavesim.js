#!/usr/bin/env node
// Node 20 cannot run TypeScript: tsx compiles sim/ as it is imported, using
// the project's tsconfig wherever the command is run from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../sim/cli/main.ts');
process.exitCode = await main(process.argv);
