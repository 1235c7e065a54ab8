/**
 * What a reader sees of the page's layout, measured in the browser: charts
 * and their plots wide enough to read, no two chart labels on top of each
 * other or out of their chart, and a page no wider than the window. Each
 * check returns its problems in words (empty when there are none), so a
 * failing test says which labels collide and where.
 *
 * Functions handed to the page are written without inner named functions:
 * tsx compiles with names kept, which wraps those in a helper the page lacks.
 */
import type { Page } from 'playwright-core';

/** How much two labels' boxes may share, px each way: glyph boxes include the font's line gap. */
const OVERLAP_TOLERANCE = 1.5;

/** The smallest readable widths, px. */
export interface MinimumWidths {
  /** A chart: its whole SVG. */
  chart: number;
  /** A time chart's plot: the area its marks are drawn in (and brushed across). */
  plot: number;
}

/**
 * Problems with the charts shown (those with a box: charts in hidden tabs do
 * not count): charts or plots narrower than `min`, visible text labels whose
 * boxes overlap, and labels that run out of their chart's box.
 */
export async function chartLayoutProblems(page: Page, min: MinimumWidths): Promise<string[]> {
  return page.evaluate(
    ({ min, tolerance }) => {
      const problems: string[] = [];
      const shown = [...document.querySelectorAll<SVGSVGElement>('svg.wavesim-chart')].filter((svg) => svg.getBoundingClientRect().width > 0);
      for (const svg of shown) {
        const section = svg.closest('section');
        const where = section ? `${section.getAttributeNames().find((a) => a.startsWith('data-') && a.endsWith('view')) ?? 'view'}=${section.querySelector('h3')?.textContent ?? '?'}` : 'a chart';
        const box = svg.getBoundingClientRect();
        if (box.width < min.chart) problems.push(`${where}: the chart is ${Math.round(box.width)} px wide (at least ${min.chart})`);
        for (const plot of svg.querySelectorAll('g.overlay > rect.overlay')) {
          const width = plot.getBoundingClientRect().width;
          if (width < min.plot) problems.push(`${where}: a plot is ${Math.round(width)} px wide (at least ${min.plot})`);
        }
        const labels = [...svg.querySelectorAll('text')]
          .filter((text) => (text.textContent ?? '').trim() !== '' && text.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
          .map((text) => ({ text: (text.textContent ?? '').trim(), box: text.getBoundingClientRect() }))
          .filter((label) => label.box.width > 0 && label.box.height > 0);
        for (const label of labels) {
          const out = Math.max(box.left - label.box.left, label.box.right - box.right, box.top - label.box.top, label.box.bottom - box.bottom);
          if (out > tolerance) problems.push(`${where}: "${label.text}" runs ${Math.round(out)} px out of the chart`);
        }
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const a = labels[i].box;
            const b = labels[j].box;
            const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (across > tolerance && down > tolerance) {
              problems.push(`${where}: "${labels[i].text}" and "${labels[j].text}" overlap by ${Math.round(across)}×${Math.round(down)} px`);
            }
          }
        }
      }
      return problems;
    },
    { min, tolerance: OVERLAP_TOLERANCE },
  );
}

/**
 * Problems with the page at its current width: wider than the window
 * (horizontal scroll), and tabs or the scenario's table fields (waves,
 * regions, incidents) whose text is cut.
 */
export async function pageWidthProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window`);
    for (const tab of document.querySelectorAll<HTMLElement>('[role="tab"]')) {
      const box = tab.getBoundingClientRect();
      if (tab.scrollWidth > tab.clientWidth + 1) problems.push(`the tab "${tab.textContent}" is cut`);
      if (box.right > root.clientWidth + 1) problems.push(`the tab "${tab.textContent}" ends at ${Math.round(box.right)} px, past the window`);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('#scenario-form .form-table input[type="text"]')) {
      if (input.getBoundingClientRect().width > 0 && input.scrollWidth > input.clientWidth + 1) {
        problems.push(`the field ${input.getAttribute('aria-label') ?? input.name} cuts its value "${input.value}"`);
      }
    }
    return problems;
  });
}

/**
 * Waits until every chart shown has been drawn at its container's width
 * (charts redraw a frame after a resize), then for two more frames.
 */
export async function waitForChartsToFit(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<SVGSVGElement>('svg.wavesim-chart')]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .every((svg) => Number(svg.getAttribute('width')) === Math.floor(svg.parentElement!.clientWidth)),
    null,
    { timeout: timeoutMs },
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
