// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { parseTargets, planCapacity, regionSweep } from '../../sim/plan/index.js';
import { bandSet } from '../../viz/batch/bandSet.js';
import { BAND_VIEWS, bandChartData } from '../../viz/batch/bandViews.js';
import { planCurve } from '../../viz/batch/planCurve.js';
import type { Tornado } from '../../viz/batch/sensitivityFindings.js';
import { bandChart } from '../../viz/charts/bandChart.js';
import { planCurveChart } from '../../viz/charts/planCurveChart.js';
import { tornadoChart } from '../../viz/charts/tornadoChart.js';
import { fakePlanRun } from '../plan/support/fakePlanRun.js';
import { fakeReplications, fleetKpis } from '../plan/support/fakeReplication.js';
import { smallScenario } from '../support/smallScenario.js';

const container = () => document.body.appendChild(document.createElement('div'));
const marks = (svg: SVGSVGElement, selector = '.mark') => [...svg.querySelectorAll(selector)];

afterEach(() => document.body.replaceChildren());

describe('the batch charts, drawn into a page', () => {
  it('a band view draws a band and a mean path per line, with window markers, a legend and a summary in numbers', () => {
    const results = fakeReplications(fleetKpis('x'), [0, 1, 2].map((r) => ({ values: [r], series: { share_on_n: Array.from({ length: 72 }, (_, h) => Math.min(1, h / 60 + r * 0.01)) } })));
    const data = { ...bandChartData(BAND_VIEWS[0], [bandSet('Fixture <script>', results)]), windowStartHour: 24, windowEndHour: 48 };
    const handle = bandChart(container(), data, {});
    const svg = handle.svg();
    expect(marks(svg, '.mark.band')).toHaveLength(1);
    expect(marks(svg, '.mark.mean')).toHaveLength(1);
    expect(marks(svg, '.mark.mean')[0].getAttribute('d')).not.toMatch(/NaN/);
    expect(svg.querySelector('.legend')!.textContent).toContain('90 % band');
    expect(svg.querySelector('.markers')!.textContent).toContain('window closes');
    expect(handle.summary()).toMatch(/^Share on n: on n ends the window at [\d.]+ % \(90 % band [\d.]+ % to [\d.]+ %\)\.$/);
  });

  it('a region\u2019s capacity sweep draws a point per evaluated capacity, the target line, today\u2019s capacity and the recommended one', async () => {
    // Small scenario, slots NAM 3, EUR 2, IND 1; a region's on-time share is 80 % + 4 points per slot, so 5 slots meet 99 %.
    const plan = await planCapacity(
      smallScenario(),
      { kind: 'slots', targets: parseTargets(['on-time>=0.99']), grid: { from: 0.5, to: 3, step: 0.5 }, confidence: 0.95, replications: 3, seed: 1 },
      fakePlanRun(
        (slots, r) => Math.min(100, 80 + 4 * slots) - r * 0.1,
        () => 99,
      ),
    );
    const curve = planCurve(plan, 0);
    const handle = planCurveChart(container(), curve, {});
    const svg = handle.svg();
    expect(marks(svg, 'circle.mark')).toHaveLength(regionSweep(plan, 0).length);
    expect(marks(svg, '.mark.target-line')).toHaveLength(1);
    // NAM: 3 slots × 1.5 = 4.5, rounded to 5.
    expect(marks(svg, '.mark.recommended')[0].getAttribute('data-capacity')).toBe('5');
    expect(marks(svg, '.mark.now')[0].getAttribute('data-capacity')).toBe('3');
    expect(handle.summary()).toMatch(/^NAM, update slots: 5 \(×1\.5, now 3\) is the smallest that meets every target; there on-time share 99\.90 % \(target 99 %\)\.$/);
  });

  it('a tornado draws a bar end per input and end around the base, longest first', () => {
    const tornado: Tornado = {
      kpi: 'on_time_share',
      unit: '%',
      base: 97,
      bars: [
        { input: 'slots', lowFactor: 0.8, highFactor: 1.2, lowMean: 93, highMean: 99, differenceLow: 5, differenceHigh: 7, significant: true },
        { input: 'backup', lowFactor: 0.8, highFactor: 1.2, lowMean: 96.9, highMean: 97.1, differenceLow: -0.1, differenceHigh: 0.5, significant: false },
      ],
    };
    const handle = tornadoChart(container(), tornado, {});
    const bars = marks(handle.svg(), 'rect.mark');
    expect(bars.map((b) => [b.getAttribute('data-input'), b.getAttribute('data-end')])).toEqual([
      ['slots', 'low'],
      ['slots', 'high'],
      ['backup', 'low'],
      ['backup', 'high'],
    ]);
    expect(Number(bars[0].getAttribute('width'))).toBeGreaterThan(Number(bars[2].getAttribute('width')));
    expect(handle.summary()).toMatch(/slots, 93 at ×0\.8 to 99 at ×1\.2 moves it most, then backup/);
  });
});
