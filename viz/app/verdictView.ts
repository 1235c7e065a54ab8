/**
 * The verdict at the top of the Run tab: whether the wave meets the
 * scenario's targets, in the command line's words, green when it does and
 * amber when it does not, so the answer comes before the figures.
 */
import { h } from './dom.js';

/** Shows `verdict` (its headline, then its findings) in `section`, and the section itself. */
export function showVerdict(section: HTMLElement, verdict: { met: boolean; lines: readonly string[] }): void {
  const [headline, ...findings] = verdict.lines;
  section.dataset.met = String(verdict.met);
  section.querySelector('#verdict-text')!.replaceChildren(
    h('p', { class: 'verdict-headline' }, headline ?? ''),
    h('ul', { class: 'verdict-findings' }, ...findings.map((line) => h('li', {}, line))),
  );
  section.hidden = false;
}
