// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartHandle } from '../../viz/charts/index.js';
import { ViewsPanel, type PanelView } from '../../viz/app/viewsPanel.js';
import { fakeVisibility, removeFakeVisibility } from '../support/fakeVisibility.js';

/** A view that draws one element naming the data it drew, and notes in `drew` that it did. */
function view(id: string, drew: string[]): PanelView<string> {
  return {
    id,
    title: id,
    render(container, data): ChartHandle {
      drew.push(id);
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('data-drew', `${id} of ${data}`);
      container.append(svg);
      return { svg: () => svg, summary: () => `${id} of ${data}`, zoom() {}, destroy: () => svg.remove() };
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  removeFakeVisibility();
  document.body.replaceChildren();
});

describe('ViewsPanel', () => {
  it('keeps views drawn off screen off the page until the last one is drawn, then puts them all in at once', async () => {
    const browser = fakeVisibility();
    // Each view takes longer than a slice: one view per idle moment.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 20));
    const container = document.createElement('div');
    document.body.append(container);
    const drew: string[] = [];
    const panel = new ViewsPanel(container, ['a', 'b', 'c'].map((id) => view(id, drew)), () => undefined);
    const onPage = () => [...container.querySelectorAll('svg')].map((svg) => svg.getAttribute('data-drew'));
    const sections = [...container.querySelectorAll('section')];
    const drawn = panel.draw('run 1', 'run 1');
    // The first view is on screen: drawn into the page at once.
    browser.scrollIn(sections[0]);
    await vi.waitFor(() => expect(onPage()).toEqual(['a of run 1']));
    // A view drawn off screen when the page is idle stays off the page, not marked drawn.
    browser.idleOnce();
    expect(drew).toEqual(['a', 'b']);
    expect(onPage()).toEqual(['a of run 1']);
    expect(sections[1].dataset.state).toBeUndefined();
    // The last one drawn: both go in, each in its own section.
    for (let i = 0; i < 3 && onPage().length < 3; i++) browser.idleOnce();
    expect(onPage()).toEqual(['a of run 1', 'b of run 1', 'c of run 1']);
    expect(sections.map((section) => section.dataset.state)).toEqual(['drawn', 'drawn', 'drawn']);
    expect(sections[2].querySelector('.view-caption')!.textContent).toBe('c of run 1');
    await expect(drawn).resolves.toBe(true);
  });
});
