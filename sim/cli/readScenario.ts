/**
 * A scenario file from disk, read and validated: what every command starts
 * from. What is wrong with it is the user's to fix, so it becomes BadInput,
 * one `path: rule` line per issue.
 */
import { readFileSync } from 'node:fs';
import { decodeScenarioBytes, issueLine, parseScenario, ScenarioError, type Scenario } from '../scenario/index.js';
import { BadInput } from './BadInput.js';

/** The validated scenario in `file`; throws BadInput when it cannot be read or is not valid. */
export function readScenario(file: string): Scenario {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new BadInput(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return parseScenario(decodeScenarioBytes(bytes));
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    throw new BadInput(`${file} is not a valid scenario:\n${error.issues.map(issueLine).join('\n')}`);
  }
}
