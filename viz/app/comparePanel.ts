/**
 * The Compare tab: pick two or more scenarios (the one being edited, bundled
 * ones, files), run them on the same replication seeds, and read the main
 * KPIs side by side with each scenario's difference to the first and
 * whether it is significant; the time views overlay the scenarios, one
 * colour each, and compare.csv downloads as `wavesim compare` writes it.
 */
import { issueLine } from '../../sim/scenario/ScenarioError.js';
import { parseScenario, ScenarioError } from '../../sim/scenario/index.js';
import type { ScenarioToCompare } from '../../sim/plan/index.js';
import { COMPARE_VIEWS } from '../batch/bandViews.js';
import type { BandSet } from '../batch/bandSet.js';
import type { ComparisonStudy } from '../batch/comparisonStudy.js';
import { bandCaption } from './bandCaption.js';
import { bandDomain, bandViewsPanel } from './bandViewsPanel.js';
import type { BundledScenario } from './bundledScenarios.js';
import { compareTable } from './compareTable.js';
import { h, setText } from './dom.js';
import { DEFAULT_REPLICATIONS } from './replicationsPanel.js';
import { numberField, readNumber, REPLICATIONS_RULE } from './studyFields.js';
import { studyControls, studyCsvButtons, type StudyControls } from './studyControls.js';
import type { ViewsPanel } from './viewsPanel.js';
import { readScenarioFile } from './readScenarioFile.js';

/** A scenario that can be compared: its text and the file name compare.csv gives it. */
export interface ScenarioChoice {
  text: string;
  file: string;
}

/** The file compare.csv names a bundled scenario by: its path in the repository, as `wavesim compare` is given it there. */
export function bundledFile(name: string): string {
  return `scenarios/${name}.json`;
}

/** `choice` validated, or why it cannot run. */
function readChoice(choice: ScenarioChoice): ScenarioToCompare | string {
  try {
    return { scenario: parseScenario(choice.text), file: choice.file };
  } catch (error) {
    if (error instanceof ScenarioError) return `${choice.file} is not a valid scenario: ${error.issues.map(issueLine).join('; ')}`;
    throw error;
  }
}

export class ComparePanel {
  readonly controls: StudyControls;
  private readonly choices: HTMLElement;
  private readonly currentLabel: HTMLElement;
  private readonly opened: ScenarioChoice[] = [];
  private readonly title: HTMLElement;
  private readonly table: HTMLElement;
  private readonly csv: HTMLElement;
  private readonly bandNote: HTMLElement;
  private readonly views: ViewsPanel<BandSet[]>;
  private shown: ComparisonStudy | null = null;

  /**
   * @param current the scenario being edited, as a choice
   * @param onStart starts the comparison of the chosen scenarios, validated, in order
   */
  constructor(
    root: HTMLElement,
    private readonly bundled: readonly BundledScenario[],
    current: () => ScenarioChoice,
    onStart: (entries: ScenarioToCompare[], replications: number) => void,
    onSaveError: (message: string) => void,
  ) {
    this.currentLabel = h('span', {});
    this.choices = h(
      'fieldset',
      { class: 'compare-choices' },
      h('legend', {}, 'Scenarios (differences are to the first ticked)'),
      h('label', {}, h('input', { type: 'checkbox', name: 'compare-scenario', value: 'current', checked: true }), this.currentLabel),
      ...bundled.map((b) => h('label', {}, h('input', { type: 'checkbox', name: 'compare-scenario', value: `bundled:${b.name}` }), b.name)),
    );
    const files = h('input', { type: 'file', accept: '.json,application/json', multiple: true, id: 'compare-files', 'aria-label': 'Open scenario files to compare' });
    files.addEventListener('change', () => void this.open(files));
    const replications = numberField('Replications', 'replications', DEFAULT_REPLICATIONS);
    this.controls = studyControls('compare', [this.choices, h('label', { class: 'study-field' }, h('span', {}, 'Add files'), files), replications], 'Compare', () => {
      const picked = [...this.choices.querySelectorAll<HTMLInputElement>('input[name="compare-scenario"]:checked')].map((box) => this.choice(box.value, current));
      if (picked.length < 2) return 'Tick at least two scenarios to compare.';
      const entries: ScenarioToCompare[] = [];
      for (const choice of picked) {
        const read = readChoice(choice);
        if (typeof read === 'string') return read;
        entries.push(read);
      }
      const r = readNumber(replications.querySelector('input')!.value, 'Replications', REPLICATIONS_RULE);
      if (typeof r === 'string') return r;
      onStart(entries, r);
      return '';
    });
    this.title = h('p', { class: 'results-title', 'data-study-title': '' });
    this.table = h('div', { class: 'study-kpis' });
    this.csv = h('div', { class: 'csv-buttons' });
    // Says what the line and the band are; filled in when a study is shown.
    this.bandNote = h('p', { class: 'views-caption', 'data-band-caption': '' });
    const viewsGrid = h('div', { class: 'views-grid' });
    this.views = bandViewsPanel(viewsGrid, COMPARE_VIEWS, onSaveError, 'data-compare-view');
    const reset = h('button', { type: 'button' }, 'Show the whole run');
    reset.addEventListener('click', () => this.views.zoom(null));
    root.replaceChildren(
      this.controls.element,
      h(
        'section',
        { class: 'kpis', 'aria-labelledby': 'compare-heading' },
        h('div', { class: 'section-head' }, h('h2', { id: 'compare-heading' }, 'Main KPIs side by side'), this.title),
        this.table,
        h('div', { class: 'exports' }, h('span', { class: 'exports-label' }, 'CSV report'), this.csv),
      ),
      h(
        'section',
        { class: 'views-area', 'aria-labelledby': 'compare-views-heading' },
        h('div', { class: 'section-head' }, h('h2', { id: 'compare-views-heading' }, 'Views: the scenarios overlaid'), reset),
        this.bandNote,
        viewsGrid,
      ),
    );
    this.show(null);
  }

  /** Names the scenario being edited in its choice. */
  setCurrentName(name: string): void {
    setText(this.currentLabel, `the scenario being edited (${name})`);
  }

  /** Shows `study` (null: none finished yet). */
  show(study: ComparisonStudy | null): void {
    if (study === this.shown && study !== null) return;
    this.shown = study;
    if (!study) {
      setText(this.title, '');
      this.table.replaceChildren(h('p', { class: 'kpi-placeholder' }, 'Tick two or more scenarios and compare them on the same replication seeds.'));
      this.csv.replaceChildren();
      setText(this.bandNote, '');
      this.views.clear('Not run yet.');
      return;
    }
    setText(this.title, `${study.names.length} scenarios · ${study.replications} replications each under seed ${study.seed}`);
    this.table.replaceChildren(compareTable(study.rows, study.replications));
    studyCsvButtons(this.csv, study.files);
    setText(this.bandNote, bandCaption(study.replications));
    void this.views.draw(study.bands, study.names[0], bandDomain(study.bands));
  }

  /** The drawn overlays' SVGs (for the printed report). */
  svgs(): SVGSVGElement[] {
    return this.views.svgs();
  }

  private choice(value: string, current: () => ScenarioChoice): ScenarioChoice {
    if (value === 'current') return current();
    if (value.startsWith('bundled:')) {
      const name = value.slice('bundled:'.length);
      return { text: this.bundled.find((b) => b.name === name)!.text, file: bundledFile(name) };
    }
    return this.opened[Number(value.slice('file:'.length))];
  }

  /** Adds the files picked in `input` as ticked choices. */
  private async open(input: HTMLInputElement): Promise<void> {
    for (const file of input.files ?? []) {
      try {
        this.opened.push({ text: await readScenarioFile(file), file: file.name });
      } catch (error) {
        this.controls.setError(`Could not read ${file.name}: ${(error as Error).message}`);
        continue;
      }
      const index = this.opened.length - 1;
      this.choices.append(h('label', {}, h('input', { type: 'checkbox', name: 'compare-scenario', value: `file:${index}`, checked: true }), file.name));
    }
    // Opening the same file again, after changing it on disk, must fire another change.
    input.value = '';
  }
}
