/**
 * Writes `scenarios/scenario.schema.json` from the zod schema (`npm run
 * schema`); run it after changing `sim/scenario/scenarioSchema.ts`. A test
 * fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../sim/scenario/index.js';

const target = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
