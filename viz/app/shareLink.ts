/**
 * "Copy link": the page address with the whole scenario in its fragment,
 * put in the address bar and on the clipboard, so a colleague who opens it
 * sees the same scenario. Opening such a link loads its scenario.
 */
import { decodeScenarioLink, encodeScenarioLink } from './scenarioLink.js';

/** The address of this page without any fragment. */
function pageAddress(): string {
  return `${location.origin}${location.pathname}${location.search}`;
}

/** Puts a link to scenario `text` in the address bar and on the clipboard; says how it went in `status`. */
export async function copyScenarioLink(text: string, status: HTMLElement): Promise<void> {
  const link = pageAddress() + (await encodeScenarioLink(text));
  history.replaceState(null, '', link);
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = 'Link copied: it holds the whole scenario.';
  } catch {
    // The clipboard needs permission and a focused page; the address bar always works.
    status.textContent = 'The link is in the address bar: copy it from there.';
  }
}

/** Takes a scenario link out of the address bar, once the scenario has moved on from it. */
export function forgetScenarioLink(): void {
  if (location.hash !== '') history.replaceState(null, '', pageAddress());
}

/** The scenario text in the page address, null when there is none; throws when the link is damaged. */
export function scenarioInAddress(): Promise<string | null> {
  return decodeScenarioLink(location.hash);
}
