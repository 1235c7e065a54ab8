/**
 * Determinism: the same scenario and seed give byte-identical CSVs, and a
 * different seed gives different ones, through the whole pipeline
 * (fleet, wave plan, run, report rows, CSV text).
 */
import { describe, expect, it } from 'vitest';
import { simulateRelease } from '../sim/model/simulateRelease.js';
import { reportTexts } from './support/reportTexts.js';
import { smallScenario } from './support/smallScenario.js';

const csvs = (seed?: number) => reportTexts(simulateRelease(smallScenario(), { seed }));

describe('determinism', () => {
  it('gives byte-identical CSVs for the same scenario and seed', () => {
    const a = csvs();
    const b = csvs();
    expect(a.map((f) => f.name)).toEqual(['summary.csv', 'timeseries.csv', 'instances.csv', 'communications.csv', 'incidents.csv', 'gates.csv']);
    for (let k = 0; k < a.length; k++) expect(b[k].text, a[k].name).toBe(a[k].text);
  });

  it('gives different CSVs for a different seed', () => {
    const a = csvs(1);
    const b = csvs(2);
    for (const name of ['summary.csv', 'timeseries.csv', 'instances.csv', 'communications.csv']) {
      expect(b.find((f) => f.name === name)!.text, name).not.toBe(a.find((f) => f.name === name)!.text);
    }
  });
});
