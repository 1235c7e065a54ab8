/**
 * Files the page hands to the user: the CSV reports of the last run (built
 * in the worker, arriving as bytes, saved untouched so they match the
 * command line's byte for byte) and the scenario itself.
 */
import { REPORT_FILE_NAMES, type ReportFileName } from '../../sim/api/reportFileNames.js';
import { h } from './dom.js';

/** How long a saved file's object URL is kept: the browser reads it after the click returns. */
const REVOKE_AFTER_MS = 60_000;

/** Saves `data` as a download named `name`. */
export function saveFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * One button per CSV report (`data-download-csv` = its file name) in
 * `container`; a click fetches the bytes with `fetchCsv` and saves them.
 * Returns a function that enables or disables them all.
 */
export function csvButtons(container: HTMLElement, status: HTMLElement, fetchCsv: (name: ReportFileName) => Promise<ArrayBuffer>): (enabled: boolean) => void {
  const buttons = REPORT_FILE_NAMES.map((name) => {
    const button = h('button', { type: 'button', 'data-download-csv': name, disabled: true }, name);
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
      status.textContent = `Preparing ${name}…`;
      try {
        saveFile(name, await fetchCsv(name), 'text/csv');
        status.textContent = '';
      } catch (error) {
        status.textContent = `Could not export ${name}: ${(error as Error).message}`;
      } finally {
        button.removeAttribute('aria-busy');
        button.disabled = !enabled;
      }
    });
    return button;
  });
  let enabled = false;
  container.replaceChildren(...buttons);
  return (on) => {
    enabled = on;
    for (const button of buttons) if (!button.hasAttribute('aria-busy')) button.disabled = !on;
  };
}
