import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulationApi, PROGRESS_STEP } from '../../sim/api/simulationApi.js';
import { REPORT_FILE_NAMES } from '../../sim/api/reportFileNames.js';
import { simulateRelease } from '../../sim/model/simulateRelease.js';
import { reportFiles, summaryRows, viewSeries } from '../../sim/report/index.js';
import { reportTexts } from '../support/reportTexts.js';
import { parseScenario, ScenarioError } from '../../sim/scenario/index.js';

const TINY = readFileSync(new URL('../fixtures/tiny.json', import.meta.url), 'utf8');
const INVALID = readFileSync(new URL('../fixtures/invalid.json', import.meta.url), 'utf8');

/** What the command line writes for `text`, file by file. */
function commandLineFiles(text: string, seed?: number): Map<string, string> {
  return new Map(reportTexts(simulateRelease(parseScenario(text), { seed })).map((f) => [f.name, f.text]));
}

describe('createSimulationApi', () => {
  it('validate accepts a valid scenario', () => {
    expect(createSimulationApi().validate(TINY)).toEqual({ ok: true });
  });

  it('validate returns the command line issues as plain data that survives a structured clone', () => {
    const outcome = createSimulationApi().validate(INVALID);
    let expected: unknown;
    try {
      parseScenario(INVALID);
    } catch (error) {
      expected = (error as ScenarioError).issues;
    }
    expect(outcome).toEqual({ ok: false, issues: expected });
    expect(structuredClone(outcome)).toEqual(outcome);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.path)).toContain('regions[0].updateSlots');
  });

  it('validate reports malformed JSON with its line and column instead of throwing', () => {
    const outcome = createSimulationApi().validate('{\n  "name": ,\n}');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0]).toMatchObject({ path: '', line: 2, column: 11 });
  });

  it('csv gives each report byte for byte as the command line writes it, in UTF-8', () => {
    const api = createSimulationApi();
    const output = api.run(TINY);
    const expected = commandLineFiles(TINY);
    expect(output.files).toEqual([...expected.keys()]);
    for (const name of output.files) {
      const bytes = new Uint8Array(api.csv(name));
      expect(bytes).toEqual(new TextEncoder().encode(expected.get(name)));
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(expected.get(name));
    }
  });

  it('the seed of a run request overrides the scenario seed, as --seed does', () => {
    const api = createSimulationApi();
    const output = api.run(TINY, { seed: 99 });
    expect(output.view.seed).toBe(99);
    const summary = new TextDecoder().decode(api.csv('summary.csv'));
    expect(summary).toBe(commandLineFiles(TINY, 99).get('summary.csv'));
  });

  it('returns the view series and the summary rows of the run', () => {
    const output = createSimulationApi().run(TINY);
    const result = simulateRelease(parseScenario(TINY));
    expect(output.summary).toEqual(summaryRows(result));
    expect(output.view).toEqual(viewSeries(result));
  });

  it('the page may take the view arrays away (transfer) and the CSV reports stay whole', () => {
    const api = createSimulationApi();
    const output = api.run(TINY);
    const buffers = [output.view.shareOnN.buffer, ...output.view.slotUse.map((a) => a.buffer), output.view.heatmap.starts.buffer];
    structuredClone(output.view, { transfer: buffers });
    expect(output.view.shareOnN.length).toBe(0);
    expect(new TextDecoder().decode(api.csv('timeseries.csv'))).toBe(commandLineFiles(TINY).get('timeseries.csv'));
  });

  it('every typed array of the view has a buffer of its own, so each can be transferred', () => {
    const { view } = createSimulationApi().run(TINY);
    const arrays = [
      ...view.completionsByRegion,
      ...view.slotUse,
      ...view.slotCapacity,
      ...view.backupDemand,
      view.queued,
      view.meanWaitHours,
      view.shareOnN,
      view.reportedStorageGb,
      view.actualStorageGb,
      view.backupCapacity,
      view.heatmap.starts,
    ];
    expect(new Set(arrays.map((a) => a.buffer)).size).toBe(arrays.length);
    for (const a of arrays) expect(a.byteLength).toBe(a.buffer.byteLength);
  });

  it('REPORT_FILE_NAMES lists the reports in the order reportFiles writes them', () => {
    expect([...REPORT_FILE_NAMES]).toEqual([...commandLineFiles(TINY).keys()]);
  });

  it('reports progress in order, a step of PROGRESS_STEP apart at least (at most once per simulated day), ending at 1', () => {
    const seen: number[] = [];
    createSimulationApi().run(TINY, {}, (done) => seen.push(done));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.length).toBeLessThanOrEqual(1 / PROGRESS_STEP + 1);
    for (let k = 1; k < seen.length - 1; k++) expect(seen[k] - seen[k - 1]).toBeGreaterThanOrEqual(PROGRESS_STEP);
    expect(seen.at(-1)).toBeGreaterThan(seen.at(-2)!);
    expect(seen.at(-1)).toBe(1);
  });

  it('run throws a ScenarioError for an invalid scenario and forgets the previous run', () => {
    const api = createSimulationApi();
    api.run(TINY);
    expect(() => api.run(INVALID)).toThrow(ScenarioError);
    expect(() => api.csv('summary.csv')).toThrow('there is no finished run to export');
  });

  it('csv names what is missing: no run yet, or no such report', () => {
    const api = createSimulationApi();
    expect(() => api.csv('summary.csv')).toThrow('there is no finished run to export');
    api.run(TINY);
    expect(() => api.csv('other.csv')).toThrow('a run writes no report named "other.csv"');
  });
});
