/**
 * `wavesim validate`: checks a scenario file without running it. Loaded only
 * when the command runs.
 */
import { readScenario } from './readScenario.js';

/** Runs `wavesim validate` on a file: prints OK, or throws BadInput listing every problem. */
export function validate(file: string): void {
  const scenario = readScenario(file);
  process.stdout.write(`OK: ${file} is a valid scenario (${JSON.stringify(scenario.name)})\n`);
}
