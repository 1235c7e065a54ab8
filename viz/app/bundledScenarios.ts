/**
 * The scenario files shipped in `scenarios/`, built into the app as text so
 * that a release manager can pick one without opening a file. The JSON
 * Schema that sits beside them is not a scenario.
 */

/** A shipped scenario: its file's base name (`baseline`) and its text. */
export interface BundledScenario {
  name: string;
  text: string;
}

/** The scenario every first visit starts with. */
export const DEFAULT_SCENARIO = 'baseline';

const FILES = import.meta.glob<string>(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The shipped scenarios, DEFAULT_SCENARIO first, then by name. */
export function bundledScenarios(): BundledScenario[] {
  return (
    Object.entries(FILES)
      .map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1, -'.json'.length), text }))
      // File names in code-point order, not localeCompare: the page calls this first thing, and a first
      // localeCompare loads the browser's collation data (23 to 45 ms in a fresh Chromium page on this machine) in the page's first task, which also asks for the first run and starts loading the planner.
      .sort((a, b) => Number(b.name === DEFAULT_SCENARIO) - Number(a.name === DEFAULT_SCENARIO) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  );
}
