/**
 * The scenario format as a JSON Schema, for editors: a scenario file that
 * starts with `"$schema": "./scenario.schema.json"` gets field completion,
 * hover types and typo warnings while it is written by hand.
 *
 * Generated from the zod schema, so the two never disagree on shapes. The
 * cross-field rules (waves inside the window, names that refer to a region)
 * cannot be written in JSON Schema and are left out: `validateScenario` still
 * has the last word.
 */
import { z } from 'zod';
import { scenarioSchema } from './scenarioSchema.js';

/** The text of `scenarios/scenario.schema.json`, as `npm run schema` writes it. */
export function scenarioJsonSchemaText(): string {
  // The input side: fields with defaults are optional, as they are in a file.
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' });
  const schema = {
    $schema,
    title: 'wavesim scenario',
    description: 'One release wave of a SaaS fleet: the fleet, the window and waves, regional capacity, admin behaviour, failures, backups and incidents.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
