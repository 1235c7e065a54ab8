/**
 * The scenario form, drawn from FORM_LAYOUT over the scenario as the user
 * wrote it. Each field carries its scenario path in `data-path` (its error
 * appears in the `[data-error-for]` element of the same path); an edit
 * changes that one value and hands the whole scenario on. The form is drawn
 * again only when the scenario is replaced or rows come and go, so typing
 * never loses focus; what is derived from the values (each weight's
 * normalised percent) is brought up to date after every edit.
 */
import { SCENARIO_BOUNDS } from '../../sim/scenario/scenarioBounds.js';
import { applyEdit, valueAt } from './applyEdit.js';
import { h } from './dom.js';
import { readFieldValue, showFieldValue } from './fieldValue.js';
import { FORM_LAYOUT, SEED_FIELD, type FieldGroup, type FieldSpec, type TableGroup } from './formLayout.js';
import { isScenarioObject } from './scenarioInput.js';
import { dataPath, pathSegments, type PathSegment } from './scenarioPath.js';
import { sharePercentText, weightShares, weightsNote } from './weightShares.js';

const REGION_NAMES_LIST = 'region-names';

/** The format a field expects, shown while it is empty. */
const PLACEHOLDERS: Partial<Record<FieldSpec['kind'], string>> = { dateTime: 'YYYY-MM-DDTHH:MMZ' };

/** The input type of each kind of field: the browser's date picker and number keys where the data is a date or a number. */
const INPUT_TYPES: Partial<Record<FieldSpec['kind'], string>> = { date: 'date', number: 'number', percent: 'number' };

export class ScenarioForm {
  private input: unknown;
  private fieldCount = 0;

  /**
   * @param root where the groups go
   * @param seedSlot where the seed field goes (beside the Run button)
   * @param onChange receives the scenario after each edit
   */
  constructor(
    private readonly root: HTMLElement,
    private readonly seedSlot: HTMLElement,
    private readonly onChange: (input: unknown) => void,
  ) {
    const onInput = (event: Event) => {
      const field = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
      const { path, kind } = field.dataset;
      if (path === undefined || kind === undefined) return;
      // Half-typed number ("1e", "-") reads as empty: wait for the rest rather than remove the value.
      if (field instanceof HTMLInputElement && field.validity.badInput) return;
      const raw = field instanceof HTMLInputElement && field.type === 'checkbox' ? field.checked : field.value;
      this.edit(pathSegments(path), readFieldValue(kind as FieldSpec['kind'], raw), false);
    };
    root.addEventListener('input', onInput);
    seedSlot.addEventListener('input', onInput);
    root.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-add-row], button[data-remove-row]');
      if (button) this.changeRows(button);
    });
  }

  /** Draws the form for `input` (undefined: the text is not valid JSON, and the form waits). */
  render(input: unknown): void {
    this.input = input;
    this.fieldCount = 0;
    const usable = isScenarioObject(input);
    this.seedSlot.replaceChildren(...this.field(SEED_FIELD, SEED_FIELD.key, undefined, { id: 'seed', disabled: !usable }));
    if (!usable) {
      this.root.replaceChildren(
        h('p', { class: 'form-off' }, 'The form is off until the scenario text is a JSON object again: fix the problem listed above in the JSON text below.'),
      );
      return;
    }
    const regions = valueAt(input, ['regions']);
    const names = Array.isArray(regions) ? regions.map((r) => valueAt(r, ['name'])).filter((n): n is string => typeof n === 'string') : [];
    this.root.replaceChildren(
      h('datalist', { id: REGION_NAMES_LIST }, ...['*', ...names].map((name) => h('option', { value: name }))),
      ...FORM_LAYOUT.map((group) => (group.type === 'fields' ? this.fieldGroup(group) : this.tableGroup(group))),
    );
    this.showWeights();
  }

  /** Writes each weight's normalised percent beside it, and under a list of rows what their weights add up to. */
  private showWeights(): void {
    const sets = new Map<string, HTMLOutputElement[]>();
    for (const output of this.root.querySelectorAll<HTMLOutputElement>('output[data-weight-of]')) {
      const name = output.dataset.weightOf!;
      sets.set(name, [...(sets.get(name) ?? []), output]);
    }
    for (const [name, outputs] of sets) {
      const { total, percents } = weightShares(outputs.map((o) => valueAt(this.input, pathSegments(o.dataset.weightPath!))));
      outputs.forEach((output, i) => {
        output.textContent = sharePercentText(percents[i]);
      });
      const note = this.root.querySelector<HTMLElement>(`[data-weights-note="${CSS.escape(name)}"]`);
      if (note) {
        const text = weightsNote(name, total);
        note.textContent = text ?? '';
        note.hidden = text === null;
      }
    }
  }

  private edit(segments: PathSegment[], value: unknown, redraw: boolean): void {
    this.input = applyEdit(this.input, segments, value);
    if (redraw) this.render(this.input);
    else this.showWeights();
    this.onChange(this.input);
  }

  /** Adds a row to a table's list, or removes one, then puts the focus where the user continues. */
  private changeRows(button: HTMLButtonElement): void {
    const { addRow, removeRow } = button.dataset;
    // A remove button names its row (`waves.2`), an add button the list (`waves`).
    const rowsPath = addRow ?? removeRow?.replace(/\.\d+$/, '');
    const group = FORM_LAYOUT.find((g): g is TableGroup => g.type === 'table' && dataPath(g.rows) === rowsPath);
    if (!group?.newRow) return;
    const rows = valueAt(this.input, group.rows);
    const count = Array.isArray(rows) ? rows.length : 0;
    if (addRow !== undefined) {
      this.edit([...group.rows, count], group.newRow.make(this.input), true);
      this.root.querySelector<HTMLElement>(`[data-path^="${CSS.escape(dataPath([...group.rows, count]))}."]`)?.focus();
    } else {
      this.edit(pathSegments(removeRow ?? ''), undefined, true);
      this.root.querySelector<HTMLElement>(`[data-add-row="${CSS.escape(dataPath(group.rows))}"]`)?.focus();
    }
  }

  private fieldGroup(group: FieldGroup): HTMLElement {
    const note = group.note?.(this.input) ?? null;
    const body =
      note !== null
        ? [h('p', { class: 'form-note' }, note)]
        : [
            h(
              'div',
              { class: 'field-grid' },
              ...group.fields.flatMap((spec) => [
                ...(spec.startsRow ? [h('p', { class: 'field-row-head' }, spec.startsRow)] : []),
                h('div', { class: fieldClass(spec) }, ...this.field(spec, [...group.base, ...spec.key])),
              ]),
            ),
          ];
    return h('section', { class: 'form-group' }, h('h3', {}, group.title), ...body);
  }

  private tableGroup(group: TableGroup): HTMLElement {
    const rows = valueAt(this.input, group.rows);
    const keys: PathSegment[] = group.rowKeys ? [...group.rowKeys] : Array.isArray(rows) ? rows.map((_, i) => i) : [];
    const body =
      keys.length === 0
        ? h('p', { class: 'form-note' }, 'None.')
        : group.cards
          ? h('div', { class: 'form-cards' }, ...keys.map((key) => this.card(group, key)))
          : this.table(group, keys);
    const weighted = group.columns.find((c) => c.weightOf !== undefined);
    return h(
      'section',
      { class: 'form-group' },
      h('h3', {}, group.title),
      body,
      ...(weighted ? [h('p', { class: 'form-note weights-note', 'data-weights-note': weighted.weightOf!, role: 'status', hidden: true })] : []),
      ...(group.newRow ? [h('button', { type: 'button', class: 'add-row', 'data-add-row': dataPath(group.rows) }, group.newRow.label)] : []),
    );
  }

  /** The rows `keys` of `group` as a table, a column per field, each row followed by its own error slot. */
  private table(group: TableGroup, keys: PathSegment[]): HTMLElement {
    const rows = valueAt(this.input, group.rows);
    const head = h(
      'tr',
      {},
      ...(group.rowHeader ? [h('th', { scope: 'col' }, '')] : []),
      ...group.columns.map((c) => h('th', { scope: 'col', title: c.hint, 'data-kind': c.kind }, c.label)),
      ...(group.newRow ? [h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Remove'))] : []),
    );
    const columnCount = group.columns.length + (group.rowHeader ? 1 : 0) + (group.newRow ? 1 : 0);
    const body = keys.flatMap((key) => {
      const label = group.rowLabel(valueAt(rows, [key]), key);
      const rowPath = [...group.rows, key];
      const fields = h(
        'tr',
        {},
        ...(group.rowHeader ? [h('th', { scope: 'row' }, label)] : []),
        ...group.columns.map((c) => h('td', {}, ...this.field(c, [...rowPath, ...c.key], `${c.label}, ${label}`))),
        ...(group.newRow ? [h('td', {}, removeButton(rowPath, label))] : []),
      );
      // A rule that joins the row's fields (approve and reschedule together) has its message here, under the row.
      return [fields, h('tr', { class: 'row-error' }, h('td', { colspan: columnCount }, rowError(rowPath)))];
    });
    return h('div', { class: 'table-wrap' }, h('table', { class: 'form-table' }, h('thead', {}, head), h('tbody', {}, ...body)));
  }

  /** One row of a card table: its fields with their labels, the remove button, and the row's own error slot. */
  private card(group: TableGroup, key: PathSegment): HTMLElement {
    const rowPath = [...group.rows, key];
    // Named by its place, not its name field, which the user may be editing: the card is not drawn again as they type.
    const label = group.rowLabel(undefined, key);
    return h(
      'fieldset',
      { class: 'form-card' },
      h('legend', {}, label),
      ...(group.newRow ? [removeButton(rowPath, label)] : []),
      h('div', { class: 'field-grid' }, ...group.columns.map((c) => h('div', { class: fieldClass(c) }, ...this.field(c, [...rowPath, ...c.key])))),
      rowError(rowPath),
    );
  }

  /**
   * A field for the value at `segments`, with its label and its error slot.
   * In a table the column header shows the label, so the field's own label,
   * `cellLabel` (such as "Start, Wave 1"), is for screen readers only.
   */
  private field(spec: FieldSpec, segments: PathSegment[], cellLabel?: string, options: { id?: string; disabled?: boolean } = {}): HTMLElement[] {
    const path = dataPath(segments);
    const id = options.id ?? `field-${++this.fieldCount}`;
    const errorId = `${id}-error`;
    const value = valueAt(this.input, segments) ?? spec.absentValue;
    const shown = showFieldValue(spec.kind, value);
    const shareId = `${id}-share`;
    const describedBy = spec.weightOf ? `${errorId} ${shareId}` : errorId;
    const common = { id, 'data-path': path, 'data-kind': spec.kind, 'aria-describedby': describedBy, disabled: options.disabled };
    let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (spec.kind === 'boolean') {
      control = h('input', { ...common, type: 'checkbox', checked: shown === true });
    } else if (spec.kind === 'longText') {
      control = h('textarea', { ...common, rows: 4, maxlength: SCENARIO_BOUNDS.descriptionLength }, String(shown));
    } else if (spec.kind === 'choice') {
      const choices = spec.choices ?? [];
      // A value the file holds but the list lacks is still shown, so its error message has something to point at.
      const offered = choices.includes(String(shown)) ? choices : [...choices, String(shown)];
      control = h('select', common, ...offered.map((choice) => h('option', { value: choice, selected: choice === shown }, choice)));
    } else {
      control = h('input', {
        ...common,
        type: INPUT_TYPES[spec.kind] ?? 'text',
        value: String(shown),
        min: spec.range?.min,
        max: spec.range?.max,
        step: spec.range?.step,
        placeholder: PLACEHOLDERS[spec.kind],
        list: spec.suggestRegions ? REGION_NAMES_LIST : undefined,
        autocomplete: 'off',
        spellcheck: 'false',
      });
    }
    // The unit beside the field is for the eye; the label carries it for screen readers.
    const unit = spec.unit ? [h('span', { class: 'sr-only' }, ` (${spec.unit})`)] : [];
    const label =
      cellLabel === undefined
        ? h('label', { for: id }, spec.label, ...unit)
        : h('label', { for: id, class: 'sr-only' }, cellLabel, ...unit);
    const hint = spec.hint && cellLabel === undefined ? [h('small', { class: 'field-hint' }, spec.hint)] : [];
    const beside = [
      ...(spec.unit ? [h('span', { class: 'field-unit', 'aria-hidden': 'true' }, spec.unit)] : []),
      ...(spec.weightOf
        ? [h('output', { class: 'field-share', id: shareId, 'data-weight-of': spec.weightOf, 'data-weight-path': path, title: 'Its percent of the total of these weights' })]
        : []),
    ];
    const withUnit = beside.length > 0 ? h('span', { class: 'field-control' }, control, ...beside) : control;
    return [label, withUnit, ...hint, h('span', { class: 'field-error', id: errorId, 'data-error-for': path })];
  }
}

/** Kinds whose values are words or long strings: their fields take a whole row, so names, region lists, kinds and times show whole. */
const WIDE_KINDS: ReadonlySet<FieldSpec['kind']> = new Set(['text', 'longText', 'list', 'choice', 'dateTime']);

/** A field's box in a grid. */
function fieldClass(spec: FieldSpec): string {
  return WIDE_KINDS.has(spec.kind) ? 'field wide' : 'field';
}

/** The slot for a message about a whole row, such as a profile's approve and reschedule chances together. */
function rowError(rowPath: PathSegment[]): HTMLElement {
  return h('span', { class: 'field-error', 'data-error-for': dataPath(rowPath) });
}

/** The button that removes the row at `rowPath`, named for screen readers by the row's label. */
function removeButton(rowPath: PathSegment[], label: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'remove-row', 'data-remove-row': dataPath(rowPath), 'aria-label': `Remove ${label}`, title: `Remove ${label}` }, '×');
}
