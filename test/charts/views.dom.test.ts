// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VIEWS, svgText, type ChartHandle } from '../../viz/charts/index.js';
import { heatmapColor } from '../../viz/charts/heatmapChart.js';
import { viewSeriesFixture } from './viewSeriesFixture.js';

/** Renders view `id` of the fixture into a fresh container. */
function render(id: string, options = {}): { handle: ChartHandle; svg: SVGSVGElement; container: HTMLElement } {
  const container = document.createElement('div');
  document.body.append(container);
  const handle = VIEWS.find((v) => v.id === id)!.render(container, viewSeriesFixture(), options);
  return { handle, svg: handle.svg(), container };
}

const marks = (svg: SVGSVGElement, series?: string) =>
  [...svg.querySelectorAll('.mark')].filter((m) => series === undefined || m.getAttribute('data-series') === series);
const units = (svg: SVGSVGElement) => [...svg.querySelectorAll('.axis-unit')].map((t) => t.textContent);

afterEach(() => {
  document.body.replaceChildren();
});

describe('the seven views, drawn into a page', () => {
  it('come in the planner\'s order with stable ids', () => {
    expect(VIEWS.map((v) => v.id)).toEqual(['throughput', 'capacity', 'compliance', 'storage', 'backup', 'heatmap', 'communications']);
  });

  it.each(VIEWS.map((v) => v.id))('%s draws marks, a legend, an accessible name and its summary', (id) => {
    const { handle, svg } = render(id);
    expect(marks(svg).length).toBeGreaterThan(0);
    expect(svg.querySelectorAll('.legend').length).toBeGreaterThan(0);
    expect(svg.getAttribute('aria-label')).toContain('Fixture <script>');
    expect(svg.querySelector('desc')!.textContent).toBe(handle.summary());
    expect(svg.getAttribute('role')).toBe('img');
  });

  it('throughput adds hours into daily bars over the whole run, one path of bars per region, and draws hourly bars when zoomed to a day', () => {
    const { handle, svg } = render('throughput');
    const bars = () => marks(svg).map((m) => [m.getAttribute('data-series'), m.getAttribute('data-hours'), m.getAttribute('data-values'), (m.getAttribute('d') ?? '').split('M').length - 1]);
    // Day 1: North 3; day 2: North 3, South 4.
    expect(bars()).toEqual([
      ['North', '24 48', '3 3', 2],
      ['South & <East>', '48', '4', 1],
    ]);
    expect(units(svg)).toEqual(['update steps per day']);
    handle.zoom([24, 48]);
    expect(bars()).toEqual([['North', '30 31', '2 1', 2]]);
    expect(units(svg)).toEqual(['update steps per hour']);
    handle.zoom(null);
    expect(bars()).toHaveLength(2);
  });

  it('time charts label their axes with units and UTC', () => {
    expect(units(render('capacity').svg)).toEqual(['update slots in use, daily peak', 'instances queued', 'mean wait (h)']);
    expect(units(render('compliance').svg)).toEqual(['% of fleet on n']);
    // Storage spans only the values shown, so its axis says where it starts.
    expect(units(render('storage').svg)).toEqual(['Total Storage Used (GB), axis starts at 980 GB', 'gap (GB), actual − reported']);
    // Over days, each day is drawn at its busiest hour, and the axis says so; zoomed to hours it is hour by hour.
    expect(units(render('backup').svg)).toEqual(["backup demand (GB/h), each day's busiest hour", 'retained backups (GB)']);
    const backup = render('backup');
    backup.handle.zoom([24, 48]);
    expect(units(backup.svg)).toEqual(['backup demand (GB/h)', 'retained backups (GB)']);
    expect(render('backup').svg.querySelector('.axis-caption')!.textContent).toBe('UTC, 2027');
  });

  it.each(['throughput', 'capacity', 'compliance', 'storage', 'backup'])('%s shades each wave, names it above the plot, and rules the window\u2019s close and n-1\u2019s support end', (id) => {
    const { svg } = render(id);
    expect([...svg.querySelectorAll('.panel rect.wave')].map((r) => r.getAttribute('data-wave'))).toContain('Wave 2: everyone else');
    expect([...svg.querySelectorAll('.waves text')].map((t) => t.textContent)).toEqual(['Wave 1: pilot', 'Wave 2: everyone else']);
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toContain('release waves');
    const rules = [...svg.querySelectorAll('.markers line')].map((l) => l.getAttribute('data-marker'));
    expect(rules).toEqual(expect.arrayContaining(['window closes', 'n-1 support ends']));
  });

  it('capacity draws one path per region and capacity, plus the queue and the wait', () => {
    const { svg } = render('capacity');
    expect(marks(svg).map((m) => m.getAttribute('data-series'))).toEqual([
      'North capacity',
      'North',
      'South & <East> capacity',
      'South & <East>',
      'queued',
      'mean wait',
    ]);
  });

  it('compliance draws the share on n and a bar per count known', () => {
    const { svg } = render('compliance');
    expect(marks(svg, 'share on n')).toHaveLength(1);
    expect(marks(svg, 'n2AtSupportEnd')[0].getAttribute('data-value')).toBe('2');
  });

  it('backup stacks one area per kind under the capacity line, and the retained backups below', () => {
    expect(marks(render('backup').svg).map((m) => m.getAttribute('data-series'))).toEqual([
      'system',
      'onDemand',
      'update',
      'restore',
      'capacity',
      'retained-system',
      'retained-on-demand',
    ]);
  });

  it.each(['throughput', 'capacity', 'compliance', 'storage', 'backup'])('%s shades the incidents and halts over each panel, named in its legend and in a title', (id) => {
    const { handle, svg } = render(id);
    const spans = [...svg.querySelectorAll('rect.span')];
    const panels = svg.querySelectorAll('g.panel').length;
    // The fixture's incident (hours 60–66) and halt (80–90), once per panel.
    expect(spans.map((s) => s.getAttribute('data-span'))).toEqual(Array.from({ length: panels }, () => ['incident', 'halt']).flat());
    expect(spans[0].querySelector('title')!.textContent).toBe('major incident in North');
    const legend = [...svg.querySelectorAll('.legend text')].map((t) => t.textContent);
    expect(legend).toEqual(expect.arrayContaining(['incident', 'halted by a gate']));
    // Zoomed to a day without either, neither is drawn nor named.
    handle.zoom([24, 48]);
    expect(svg.querySelectorAll('rect.span')).toHaveLength(0);
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).not.toContain('incident');
  });

  it('heatmap draws a cell per day and hour with starts, one path per count, and restricts its days when zoomed', () => {
    const { handle, svg } = render('heatmap');
    // The fixture's starts: 2 at hours 30 and 50, 1 at hours 31 and 70.
    const cells = () => marks(svg).map((m) => [m.getAttribute('data-value'), m.getAttribute('data-hours'), (m.getAttribute('d') ?? '').split('M').length - 1]);
    expect(cells()).toEqual([
      ['1', '31 70', 2],
      ['2', '30 50', 2],
    ]);
    const color = heatmapColor([0, 2]);
    expect(marks(svg).map((m) => m.getAttribute('fill'))).toEqual([color(1), color(2)]);
    handle.zoom([48, 60]);
    expect(cells()).toEqual([
      ['1', '70', 1],
      ['2', '50', 1],
    ]);
  });

  it('communications draws a bar per type and channel sent, and ignores zoom', () => {
    const { handle, svg } = render('communications');
    expect(marks(svg)).toHaveLength(8);
    handle.zoom([0, 10]);
    expect(marks(svg)).toHaveLength(8);
  });

  it('writes region and scenario names as text, never as markup', () => {
    const { svg } = render('throughput');
    expect(svg.querySelector('script, east')).toBeNull();
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toContain('South & <East>');
  });

  it('a double-click on a time chart asks the app to zoom out', () => {
    const onBrush = vi.fn();
    const { svg } = render('storage', { onBrush });
    svg.querySelector('.overlay')!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    expect(onBrush).toHaveBeenCalledWith(null);
  });

  it('exports a standalone SVG without the interactive layers', () => {
    const { svg } = render('throughput');
    const text = svgText(svg, { title: 'Throughput — <b>x</b>' });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('.overlay, .crosshair, b')).toBeNull();
    // The fixture's two regions, each one path of bars.
    expect(doc.querySelectorAll('.mark')).toHaveLength(2);
    expect(text).toContain('Throughput — &lt;b&gt;x&lt;/b&gt;');
    expect(doc.querySelector('title')!.textContent).toBe('Throughput — Fixture <script>');
    expect(doc.querySelector('desc')!.textContent).toBe(svg.querySelector('desc')!.textContent);
  });

  it('destroy removes the chart from its container', () => {
    const { handle, container } = render('backup');
    handle.destroy();
    expect(container.querySelector('svg')).toBeNull();
  });
});
