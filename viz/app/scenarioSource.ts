/**
 * Where a scenario comes from: a bundled one picked from the list, a local
 * file opened with the file picker or dropped anywhere on the page. Each
 * hands the scenario text on, with words saying where it came from.
 */
import type { BundledScenario } from './bundledScenarios.js';
import { readScenarioFile } from './readScenarioFile.js';

/** A scenario arriving from somewhere: its text, the bundled name if it is one, and its source in words. */
export interface LoadedScenario {
  text: string;
  bundled: string | null;
  source: string;
}

export interface ScenarioSourceElements {
  picker: HTMLSelectElement;
  fileInput: HTMLInputElement;
  dropZone: HTMLElement;
  /** Where a file that cannot be read is reported. */
  status: HTMLElement;
}

/** Fills the picker and listens to it, the file input and drops on the page; `onLoad` receives each scenario. */
export function wireScenarioSources(elements: ScenarioSourceElements, scenarios: readonly BundledScenario[], onLoad: (loaded: LoadedScenario) => void): void {
  const { picker, fileInput, dropZone, status } = elements;
  picker.replaceChildren(...scenarios.map((s) => new Option(s.name, s.name)));
  picker.addEventListener('change', () => {
    const picked = scenarios.find((s) => s.name === picker.value);
    if (picked) onLoad({ text: picked.text, bundled: picked.name, source: `bundled scenario ${picked.name}` });
  });

  const open = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    try {
      onLoad({ text: await readScenarioFile(file), bundled: null, source: `file ${file.name}` });
    } catch (error) {
      status.textContent = `Could not read ${file.name}: ${(error as Error).message}`;
    }
  };
  fileInput.addEventListener('change', () => {
    void open(fileInput.files?.[0]).then(() => {
      // Opening the same file again, after changing it on disk, must fire another change.
      fileInput.value = '';
    });
  });

  // Dragging counts enters and leaves, which also fire for every child the pointer crosses.
  let depth = 0;
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
  const setDragging = (on: boolean) => dropZone.classList.toggle('dragging', on);
  document.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    depth++;
    setDragging(true);
  });
  document.addEventListener('dragleave', (event) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) setDragging(false);
  });
  document.addEventListener('dragover', (event) => {
    // Without this the browser would open the dropped file in place of the app.
    if (carriesFiles(event)) event.preventDefault();
  });
  document.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    setDragging(false);
    void open(event.dataTransfer?.files[0]);
  });
}

/**
 * Shows which bundled scenario is loaded; `label` (such as "baseline
 * (edited)") when it was edited, as an extra option that picking the
 * bundled name again leaves; none when it came from elsewhere.
 */
export function showPicked(picker: HTMLSelectElement, bundled: string | null, label: string | null = null): void {
  let extra = picker.querySelector<HTMLOptionElement>('option[data-edited]');
  if (label === null) extra?.remove();
  else {
    extra ??= picker.appendChild(Object.assign(new Option('', ''), { disabled: true }));
    extra.dataset.edited = '';
    extra.text = label;
  }
  if (bundled !== null) picker.value = bundled;
  else if (extra && label !== null) extra.selected = true;
  else picker.selectedIndex = -1;
}
