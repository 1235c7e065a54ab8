/**
 * A scenario saved from the page as a file the command line accepts: the
 * text as the user has it, with `$schema` first so that an editor opening
 * the file completes and checks its fields.
 */

/** Where scenario files in `scenarios/` find the JSON Schema; copied there, a saved file finds it too. */
export const SCHEMA_REFERENCE = './scenario.schema.json';

/**
 * The file text for a scenario whose text parses to `input` (an object): the
 * text itself when it already names a schema, so the user's layout stays;
 * otherwise the scenario rewritten with `$schema` as its first field.
 */
export function scenarioFileText(text: string, input: object): string {
  if ('$schema' in input) return text;
  return `${JSON.stringify({ $schema: SCHEMA_REFERENCE, ...input }, null, 2)}\n`;
}

/**
 * The name a scenario is saved under, from its name by the rule the command
 * line names its output folder with: lower case, anything but letters,
 * digits, `.` and `_` becomes `-` (`baseline-april-2027-release-5-000-tenants.json`).
 */
export function scenarioFileName(scenarioName: unknown): string {
  const stem = String(scenarioName ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .slice(0, 80)
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${stem || 'scenario'}.json`;
}
