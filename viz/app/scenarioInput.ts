/**
 * The scenario as the user wrote it: the file text parsed as JSON, before
 * validation fills in defaults. The form edits this, so that a saved file
 * keeps exactly what the user wrote.
 */

/** The text parsed as JSON, or undefined when it is not JSON (validation says where it goes wrong). */
export function parseScenarioInput(text: string): unknown {
  try {
    // Some editors save a byte-order mark, which the scenario layer skips too.
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/** Whether `input` can be a scenario at all, and so be shown in the form: a JSON object. */
export function isScenarioObject(input: unknown): input is Record<string, unknown> {
  return input !== null && typeof input === 'object' && !Array.isArray(input);
}

/** The text of a scenario the form changed: two-space JSON, as the shipped files are indented. */
export function scenarioInputText(input: unknown): string {
  return `${JSON.stringify(input, null, 2)}\n`;
}
