/**
 * Validation problems where the user looks for them: each message beside
 * the field it is about (in the field's `[data-error-for]` element, worded
 * exactly as the command line prints it after the colon), and problems that
 * belong to no field in one list, as the command line prints them.
 */
import { issueLine, type ScenarioIssue } from '../../sim/scenario/ScenarioError.js';
import { h } from './dom.js';
import { dataPath } from './scenarioPath.js';

/** Shows `issues` beside their fields and the rest in `list`; clears what was shown before. */
export function showIssues(issues: readonly ScenarioIssue[], list: HTMLElement): void {
  for (const slot of document.querySelectorAll<HTMLElement>('[data-error-for]')) slot.replaceChildren();
  for (const field of document.querySelectorAll('[data-path][aria-invalid]')) field.removeAttribute('aria-invalid');

  const unplaced: string[] = [];
  for (const issue of issues) {
    const path = dataPath(issue.segments);
    const slot = path === '' ? null : document.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(path)}"]`);
    if (!slot) {
      unplaced.push(issueLine(issue));
      continue;
    }
    slot.append(h('span', {}, issue.message));
    document.querySelector(`[data-path="${CSS.escape(path)}"]`)?.setAttribute('aria-invalid', 'true');
  }
  list.replaceChildren(...unplaced.map((line) => h('li', {}, line)));
  list.hidden = unplaced.length === 0;
}
