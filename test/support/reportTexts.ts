/**
 * A run's reports as whole texts, for tests that compare or parse files: the
 * chunks `reportFiles` streams, joined.
 */
import type { SimulationResult } from '../../sim/model/SimulationResult.js';
import { reportFiles, type ReportFile } from '../../sim/report/index.js';
import { chunkText } from './chunkText.js';

/** Each report of `result` with its full CSV text. */
export function reportTexts(result: SimulationResult): ReportFile[] {
  return reportFiles(result).map((f) => ({ name: f.name, text: chunkText(f.chunks()) }));
}
