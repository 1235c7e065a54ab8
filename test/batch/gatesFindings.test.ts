import { describe, expect, it } from 'vitest';
import { GATES_STUDY_COLUMNS, gatesStudyCsv, gatesStudyRows } from '../../sim/plan/index.js';
import { gatesFindings } from '../../viz/batch/gatesFindings.js';
import { fakeGatesStudy } from './support/fakeGatesStudy.js';

// Three replications each; equal values give a zero-width interval, so "meets" depends on the means worked out here.
const study = fakeGatesStudy(
  20,
  [3000, 3000, 3000],
  [
    // K = 3 catches the bad build early but halts for nothing: 4 false-halt days misses a target of 2.
    { threshold: 3, exposure: [200, 200, 200], daysHalted: [5, 5, 5], falseHaltDays: [4, 4, 4] },
    // K = 5 meets both targets; K = 6 too, with more exposure.
    { threshold: 5, exposure: [300, 400, 500], daysHalted: [3, 3, 3], falseHaltDays: [1, 1, 1] },
    { threshold: 6, exposure: [450, 450, 450], daysHalted: [2, 2, 2], falseHaltDays: [0, 0, 0] },
    // K = 8 halts too late: 900 instances miss a target of 500.
    { threshold: 8, exposure: [900, 900, 900], daysHalted: [1, 1, 1], falseHaltDays: [0, 0, 0] },
  ],
);
const targets = { maxExposure: 500, maxFalseHaltDays: 2 };

describe('gatesFindings', () => {
  it('rule: the page\u2019s gates-study.csv is the command line\u2019s, built by the same rows and writer', () => {
    const findings = gatesFindings('Fixture', 7, study, targets);
    expect(findings.files.map((f) => f.name)).toEqual(['gates-study.csv']);
    expect(findings.files[0].text).toBe(gatesStudyCsv(gatesStudyRows(study, targets)));
    expect(findings.files[0].text.split('\n')[0]).toBe(GATES_STUDY_COLUMNS.join(','));
    // A header, the ungated row and one per threshold.
    expect(findings.files[0].text.trimEnd().split('\n')).toHaveLength(1 + 1 + 4);
  });

  it('rule: the curve has one point per threshold in order, with the means of its replications and the ungated exposure as reference', () => {
    const { curve, replications, scenarioName, seed } = gatesFindings('Fixture', 7, study, targets);
    expect([scenarioName, seed, replications, curve.window]).toEqual(['Fixture', 7, 3, 20]);
    expect(curve.ungated.mean).toBe(3000);
    expect(curve.points.map((p) => [p.threshold, p.exposure.mean, p.daysHalted.mean, p.falseHaltDays.mean])).toEqual([
      [3, 200, 5, 4],
      [5, 400, 3, 1],
      [6, 450, 2, 0],
      [8, 900, 1, 0],
    ]);
    // K = 5's exposure varies: its interval spans the mean; K = 6's does not vary.
    expect(curve.points[1].exposure.low).toBeLessThan(400);
    expect(curve.points[1].exposure.high).toBeGreaterThan(400);
    expect([curve.points[2].exposure.low, curve.points[2].exposure.high]).toEqual([450, 450]);
  });

  it('rule: a threshold meets the targets when the upper ends of exposure and false-halt days are within them; the least exposure among them is recommended', () => {
    const { curve, verdict } = gatesFindings('Fixture', 7, study, targets);
    // K = 5's exposure interval reaches past 500 with three replications of 300, 400, 500: it misses on the upper end.
    expect(curve.points.map((p) => [p.threshold, p.meets])).toEqual([
      [3, false],
      [5, false],
      [6, true],
      [8, false],
    ]);
    expect(curve.recommended).toBe(6);
    expect(verdict).toBe('Recommended: halt at 6 failures of the last 20 (the least exposure among the thresholds that meet the targets).');
  });

  it('rule: with no targets nothing is marked and there is no verdict', () => {
    const { curve, verdict } = gatesFindings('Fixture', 7, study, {});
    expect(curve.points.every((p) => p.meets === null)).toBe(true);
    expect(curve.recommended).toBeNull();
    expect(verdict).toBeNull();
  });

  it('rule: when no threshold meets the targets the verdict says so and how to widen them', () => {
    const { curve, verdict } = gatesFindings('Fixture', 7, study, { maxExposure: 100 });
    expect(curve.recommended).toBeNull();
    expect(verdict).toMatch(/^No threshold meets the targets: widen them/);
  });
});
