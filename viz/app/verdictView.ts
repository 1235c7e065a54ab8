/**
 * The verdict at the top of the Run tab: whether the wave meets the
 * scenario's targets, in the command line's words, green when it does and
 * amber when it does not, so the answer comes before the figures. The
 * printed report opens with the same words.
 */
import { h } from './dom.js';

/** The verdict as a run returns it: whether both targets are met, and its lines (headline first). */
export interface VerdictLines {
  met: boolean;
  lines: readonly string[];
}

/** The verdict's headline and its findings as nodes. */
export function verdictContent(verdict: VerdictLines): Node[] {
  const [headline, ...findings] = verdict.lines;
  return [h('p', { class: 'verdict-headline' }, headline ?? ''), h('ul', { class: 'verdict-findings' }, ...findings.map((line) => h('li', {}, line)))];
}

/** Shows `verdict` in `section` (its `#verdict-text`), and the section itself. */
export function showVerdict(section: HTMLElement, verdict: VerdictLines): void {
  section.dataset.met = String(verdict.met);
  section.querySelector('#verdict-text')!.replaceChildren(...verdictContent(verdict));
  section.hidden = false;
}
