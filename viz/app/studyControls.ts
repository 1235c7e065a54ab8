/**
 * What every batch tab opens with: its settings, a button that starts the
 * study, a line saying why it cannot start when it cannot, and a place for
 * a setting that does not read; and the CSV buttons of its finished study.
 */
import type { ReportFile } from '../../sim/report/reportFiles.js';
import { h, setText } from './dom.js';
import { saveFile } from './downloads.js';
import type { StudyKind } from './store.js';

export interface StudyControls {
  /** The settings form and the problem line under it. */
  element: HTMLElement;
  /** Shows why the study cannot start ('' when it can). */
  setRunnable(reason: string): void;
  /** Shows a setting's problem ('' clears it). */
  setError(message: string): void;
}

/**
 * A form of `fields` and a submit button reading `action`; `onSubmit` runs
 * on submit (Enter in a field, or the button) and returns a problem in
 * words, or '' when the study started.
 */
export function studyControls(kind: StudyKind, fields: readonly HTMLElement[], action: string, onSubmit: () => string): StudyControls {
  const button = h('button', { type: 'submit', class: 'primary', 'data-start-study': kind, disabled: true }, action);
  const hint = h('span', { class: 'run-hint' });
  const error = h('p', { class: 'study-error', 'data-study-error': kind, role: 'alert', hidden: true });
  const form = h('form', { class: 'study-controls', 'data-study-form': kind, novalidate: true }, ...fields, button, hint);
  const setError = (message: string) => {
    setText(error, message);
    error.hidden = message === '';
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (button.disabled) return;
    try {
      setError(onSubmit());
    } catch (failure) {
      // A setting the checks above let through: say so where the user looks, and keep the page working.
      setError(`The study could not start: ${(failure as Error).message}`);
    }
  });
  return {
    element: h('div', { class: 'study-head' }, form, error),
    setRunnable(reason) {
      button.disabled = reason !== '';
      setText(hint, reason);
    },
    setError,
  };
}

/** One button per file of a finished study (`data-download-study-csv` = its name), saving its text as the command line writes it. */
export function studyCsvButtons(container: HTMLElement, files: readonly ReportFile[]): void {
  container.replaceChildren(
    ...files.map((file) => {
      const button = h('button', { type: 'button', 'data-download-study-csv': file.name }, file.name);
      button.addEventListener('click', () => saveFile(file.name, file.text, 'text/csv'));
      return button;
    }),
  );
}
