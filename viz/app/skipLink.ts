/**
 * "Skip to results": the first thing the Tab key reaches, so a keyboard user
 * gets past the scenario form (some seventy stops) to the results in one
 * press. It moves the focus itself rather than following its `#results`
 * fragment, because the page address's fragment is where a scenario link
 * lives, and changing it would be read as a new link.
 */

/** Makes `link` move the focus to `target` (which needs tabindex="-1") and bring it into view. */
export function wireSkipLink(link: HTMLAnchorElement, target: HTMLElement): void {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  });
}
