/**
 * Where reports go when no `--out` is given: `out/<scenario name>`, the name
 * made safe as a folder name on every platform.
 */
import { join } from 'node:path';

/** `out/` + the scenario's name in lower case, anything but letters, digits, "." and "_" turned into "-". */
export function defaultOutFolder(scenarioName: string): string {
  const name = scenarioName
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .slice(0, 80)
    // No leading dot (a hidden folder, or "..") and no trailing dot or dash.
    .replace(/^[-.]+|[-.]+$/g, '');
  return join('out', name || 'scenario');
}
