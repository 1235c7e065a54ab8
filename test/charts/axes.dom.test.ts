// @vitest-environment jsdom
import { scaleLinear, select } from 'd3';
import { describe, expect, it } from 'vitest';
import { drawBottomAxis, drawTimeAxis, drawValueAxis } from '../../viz/charts/toolkit/axes.js';
import { timeScale } from '../../viz/charts/toolkit/timeScale.js';

/** A fresh SVG group to draw an axis into. */
const group = () => select(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
const tickLabels = (g: ReturnType<typeof group>) => [...g.node()!.querySelectorAll('.tick text')].map((t) => t.textContent);

describe('axes', () => {
  it('leaves out a bottom axis\u2019s tick labels that would crowd the one before them', () => {
    const g = group();
    drawBottomAxis(g, scaleLinear().domain([0, 100_000]).range([0, 60]), 0, 'messages sent');
    expect(tickLabels(g)).toEqual(['0', '50,000']);
  });

  it('leaves out time-axis labels that would pass the room given beside the plot', () => {
    const g = group();
    // 1 April to 1 July over 200 px, with no room right of the plot: "1 Jul" at the right edge would stick out.
    drawTimeAxis(g, timeScale('2027-04-01', [0, 91 * 24], [0, 200]), 0, [52, 0]);
    const labels = tickLabels(g);
    expect(labels[0]).toBe('1 Apr');
    expect(labels).not.toContain('1 Jul');
  });

  it('says where a value axis starts when it does not start at zero, in the value\u2019s unit', () => {
    const g = group();
    drawValueAxis(g, scaleLinear().domain([190, 200]).range([100, 0]), { side: 'left', plotWidth: 200, unit: 'Total Storage Used (TB)', valueUnit: 'TB' });
    expect(g.node()!.querySelector('.axis-unit')!.textContent).toBe('Total Storage Used (TB), axis starts at 190 TB');
  });

  it('writes ticks with SI prefixes when whole numbers would not fit beside the axis', () => {
    const g = group();
    drawValueAxis(g, scaleLinear().domain([0, 200_000]).range([100, 0]), { side: 'left', plotWidth: 200, unit: 'GB' });
    expect(tickLabels(g)).toContain('200k');
  });
});
