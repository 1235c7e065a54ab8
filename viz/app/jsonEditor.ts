/**
 * The whole scenario as JSON text, for every field the form does not offer.
 * What is typed here becomes the scenario after a short pause; while the
 * text is not valid JSON, validation says where it goes wrong and the form
 * waits. A long text is written into the box only while it is open.
 */

/** Typing pauses this long before the text is taken: parsing a long file on every key would lag. */
const PAUSE_MS = 300;

export class JsonEditor {
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param details the disclosure the editor lives in
   * @param box its text area
   * @param onChange receives the text after the user changed it
   */
  constructor(
    private readonly details: HTMLDetailsElement,
    private readonly box: HTMLTextAreaElement,
    onChange: (text: string) => void,
  ) {
    box.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.text = box.value;
        onChange(this.text);
      }, PAUSE_MS);
    });
    details.addEventListener('toggle', () => this.fill());
  }

  /** Shows `text`, replacing what is in the box (the scenario changed elsewhere). */
  show(text: string): void {
    clearTimeout(this.timer);
    this.text = text;
    this.fill();
  }

  private fill(): void {
    if (this.details.open && this.box.value !== this.text) this.box.value = this.text;
  }
}
