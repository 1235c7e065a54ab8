/**
 * What the page says when a scenario link cannot be loaded (damaged, cut
 * short, or larger than a link may carry): a notice in sight, not a status
 * line the next message overwrites, and a choice of what to load instead.
 * Until the user chooses, nothing runs.
 */

export interface LinkAlertElements {
  alert: HTMLElement;
  text: HTMLElement;
  keep: HTMLButtonElement;
  baseline: HTMLButtonElement;
}

/** Shows and hides the notice; `loadBaseline` is called when the user picks the bundled baseline. */
export function wireLinkAlert(elements: LinkAlertElements, loadBaseline: () => void): { show(message: string): void; hide(): void } {
  const hide = () => {
    elements.alert.hidden = true;
  };
  elements.keep.addEventListener('click', hide);
  elements.baseline.addEventListener('click', () => {
    hide();
    loadBaseline();
  });
  return {
    show(message) {
      elements.text.textContent = message;
      elements.alert.hidden = false;
      elements.keep.focus();
    },
    hide,
  };
}
