/**
 * A run's CSV reports read back as a spreadsheet would: every row of every
 * file as a record of text cells, parsed by the tests' own RFC 4180 reader.
 */
import type { SimulationResult } from '../../../sim/model/SimulationResult.js';
import { reportTexts } from '../reportTexts.js';
import { parseCsv } from '../parseCsv.js';

export type Row = Record<string, string>;

export interface RunRows {
  result: SimulationResult;
  summary: Row[];
  timeseries: Row[];
  instances: Row[];
  communications: Row[];
  incidents: Row[];
  gates: Row[];
}

function records(text: string): Row[] {
  const [header, ...lines] = parseCsv(text.replace(/^\uFEFF/, ''));
  return lines.filter((cells) => cells.length > 1).map((cells) => Object.fromEntries(header.map((h, c) => [h, cells[c]])));
}

/** Writes the run's five CSVs and reads them back. */
export function runRows(result: SimulationResult): RunRows {
  const files = Object.fromEntries(reportTexts(result).map((f) => [f.name, records(f.text)]));
  return {
    result,
    summary: files['summary.csv'],
    timeseries: files['timeseries.csv'],
    instances: files['instances.csv'],
    communications: files['communications.csv'],
    incidents: files['incidents.csv'],
    gates: files['gates.csv'],
  };
}

/** Hours since 00:00 UTC of `epochDate` of a report time `YYYY-MM-DDTHH:MMZ`; NaN for "". */
export function reportHours(epochDate: string, text: string): number {
  if (text === '') return NaN;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/.exec(text);
  if (!m) throw new Error(`not a report time: ${text}`);
  const [y, mo, d] = epochDate.split('-').map(Number);
  return (Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) - Date.UTC(y, mo - 1, d)) / 3_600_000;
}
