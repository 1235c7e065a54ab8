// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { gatesFindings } from '../../viz/batch/gatesFindings.js';
import { gatesCurveChart, sqrtTicks } from '../../viz/charts/gatesCurveChart.js';
import { fakeGatesStudy } from '../batch/support/fakeGatesStudy.js';

const container = () => document.body.appendChild(document.createElement('div'));
const study = fakeGatesStudy(
  20,
  [3000, 3000, 3000],
  [
    { threshold: 3, exposure: [200, 200, 200], daysHalted: [5, 5, 5], falseHaltDays: [4, 4, 4] },
    { threshold: 6, exposure: [400, 450, 500], daysHalted: [2, 2, 3], falseHaltDays: [0, 0.5, 0] },
    { threshold: 8, exposure: [900, 900, 900], daysHalted: [1, 1, 1], falseHaltDays: [0, 0, 0] },
  ],
);

afterEach(() => document.body.replaceChildren());

describe('the gates trade-off chart, drawn into a page', () => {
  it('rule: one point per threshold and series, labelled with its threshold, with whiskers where the interval has width', () => {
    const { curve } = gatesFindings('Fixture', 1, study, {});
    const svg = gatesCurveChart(container(), curve, {}).svg();
    for (const series of ['with-defect', 'without-defect']) {
      const points = [...svg.querySelectorAll(`circle.mark.point[data-series="${series}"]`)];
      expect(points.map((p) => p.getAttribute('data-threshold'))).toEqual(['3', '6', '8']);
      for (const p of points) expect(p.getAttribute('cx')! + p.getAttribute('cy')).not.toMatch(/NaN/);
    }
    expect([...svg.querySelectorAll('text.point-label')].map((t) => t.textContent)).toEqual(['3', '6', '8', '3', '6', '8']);
    // Only K = 6 varies: exposure and days whiskers with the bad build, days whiskers without it (a line and two caps each).
    const whiskers = [...svg.querySelectorAll('.mark.whisker')];
    expect(whiskers.every((w) => w.getAttribute('data-threshold') === '6' || w.getAttribute('x1') === w.getAttribute('x2') || w.getAttribute('y1') === w.getAttribute('y2'))).toBe(true);
    expect(whiskers.filter((w) => w.getAttribute('data-threshold') === '6' && w.getAttribute('data-axis') === 'x')).toHaveLength(3);
    // No targets: nothing hollow, no target region, and the legend does not speak of targets.
    expect(svg.querySelectorAll('.mark.target-region')).toHaveLength(0);
    expect([...svg.querySelectorAll('circle.mark.point')].every((p) => p.getAttribute('fill') !== '#fff')).toBe(true);
    expect(svg.querySelector('.legend')!.textContent).not.toMatch(/target/);
  });

  it('rule: with targets, the points that meet them are filled and the others hollow, the target region is shaded and the legend says so', () => {
    const { curve } = gatesFindings('Fixture', 1, study, { maxExposure: 1000, maxFalseHaltDays: 2 });
    const handle = gatesCurveChart(container(), curve, {});
    const svg = handle.svg();
    const fillOf = (series: string, k: number) => svg.querySelector(`circle.mark.point[data-series="${series}"][data-threshold="${k}"]`)!.getAttribute('fill');
    // K = 3: 4 false-halt days miss 2. K = 6's false-halt interval (0.17 ± 0.72) reaches past 0 but not 2. K = 8 meets both.
    expect(fillOf('with-defect', 3)).toBe('#fff');
    expect(fillOf('without-defect', 3)).toBe('#fff');
    expect(fillOf('with-defect', 6)).not.toBe('#fff');
    expect(fillOf('with-defect', 8)).not.toBe('#fff');
    expect(svg.querySelectorAll('.mark.target-region')).toHaveLength(1);
    const legend = svg.querySelector('.legend')!.textContent!;
    for (const words of ['with the bad build: days halted', 'without it: false-halt days', 'filled: meets the targets', 'hollow: misses them', 'no gate: exposure']) expect(legend).toContain(words);
    expect(svg.querySelector('.mark.ungated')!.getAttribute('data-exposure')).toBe('3000');
    // The ungated exposure lies past the thresholds' axis: drawn at its edge, with its value and an arrow.
    expect(svg.querySelector('.annotation')!.textContent).toBe('no gate: 3,000 instances →');
    expect(svg.querySelector('.mark.recommended')!.getAttribute('data-threshold')).toBe('6');
    expect(legend).toContain('ringed: recommended (6)');
    expect(handle.summary()).toMatch(/^Halting at 3 to 8 failures of the last 20: with no gate 3,000 instances get the bad build; at 3, 200 instances/);
    expect(handle.summary()).toContain('2 of 3 thresholds meet exposure ≤ 1,000 instances and false-halt days ≤ 2; 6 has the least exposure among them.');
  });
});

describe('sqrtTicks', () => {
  it('rule: round ticks from 0, none crowding the zero line of a square-root axis', () => {
    expect(sqrtTicks(80)).toEqual([0, 2, 5, 10, 20, 50]);
    expect(sqrtTicks(3)).toEqual([0, 0.5, 1, 2]);
  });
});
