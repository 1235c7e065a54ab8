/**
 * The scenario form, drawn from FORM_LAYOUT over the scenario as the user
 * wrote it. Each field carries its scenario path in `data-path` (its error
 * appears in the `[data-error-for]` element of the same path); an edit
 * changes that one value and hands the whole scenario on. The form is drawn
 * again only when the scenario is replaced or rows come and go, so typing
 * never loses focus.
 */
import { applyEdit, valueAt } from './applyEdit.js';
import { h } from './dom.js';
import { readFieldValue, showFieldValue } from './fieldValue.js';
import { FORM_LAYOUT, SEED_FIELD, type FieldGroup, type FieldSpec, type TableGroup } from './formLayout.js';
import { isScenarioObject } from './scenarioInput.js';
import { dataPath, pathSegments, type PathSegment } from './scenarioPath.js';

const REGION_NAMES_LIST = 'region-names';

/** The format a field expects, shown while it is empty. */
const PLACEHOLDERS: Partial<Record<FieldSpec['kind'], string>> = { date: 'YYYY-MM-DD', dateTime: 'YYYY-MM-DDTHH:MMZ' };

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
      const field = event.target as HTMLInputElement | HTMLSelectElement;
      const { path, kind } = field.dataset;
      if (path === undefined || kind === undefined) return;
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
  }

  private edit(segments: PathSegment[], value: unknown, redraw: boolean): void {
    this.input = applyEdit(this.input, segments, value);
    if (redraw) this.render(this.input);
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
                h('div', { class: spec.kind === 'text' ? 'field wide' : 'field' }, ...this.field(spec, [...group.base, ...spec.key])),
              ]),
            ),
          ];
    return h('section', { class: 'form-group' }, h('h3', {}, group.title), ...body);
  }

  private tableGroup(group: TableGroup): HTMLElement {
    const rows = valueAt(this.input, group.rows);
    const keys: PathSegment[] = group.rowKeys ? [...group.rowKeys] : Array.isArray(rows) ? rows.map((_, i) => i) : [];
    const head = h(
      'tr',
      {},
      ...(group.rowHeader ? [h('th', { scope: 'col' }, '')] : []),
      ...group.columns.map((c) => h('th', { scope: 'col', title: c.hint, 'data-kind': c.kind }, c.label)),
      ...(group.newRow ? [h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Remove'))] : []),
    );
    const body = keys.map((key) => {
      const row = valueAt(rows, [key]);
      const label = group.rowLabel(row, key);
      const rowPath = [...group.rows, key];
      return h(
        'tr',
        {},
        ...(group.rowHeader ? [h('th', { scope: 'row' }, label)] : []),
        ...group.columns.map((c) => h('td', {}, ...this.field(c, [...rowPath, ...c.key], `${c.label}, ${label}`))),
        ...(group.newRow
          ? [h('td', {}, h('button', { type: 'button', class: 'remove-row', 'data-remove-row': dataPath(rowPath), 'aria-label': `Remove ${label}`, title: `Remove ${label}` }, '×'))]
          : []),
      );
    });
    const table =
      keys.length === 0
        ? h('p', { class: 'form-note' }, 'None.')
        : h('div', { class: 'table-wrap' }, h('table', { class: 'form-table' }, h('thead', {}, head), h('tbody', {}, ...body)));
    return h(
      'section',
      { class: 'form-group' },
      h('h3', {}, group.title),
      table,
      ...(group.newRow ? [h('button', { type: 'button', class: 'add-row', 'data-add-row': dataPath(group.rows) }, group.newRow.label)] : []),
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
    const common = { id, 'data-path': path, 'data-kind': spec.kind, 'aria-describedby': errorId, disabled: options.disabled };
    let control: HTMLInputElement | HTMLSelectElement;
    if (spec.kind === 'boolean') {
      control = h('input', { ...common, type: 'checkbox', checked: shown === true });
    } else if (spec.kind === 'choice') {
      const choices = spec.choices ?? [];
      // A value the file holds but the list lacks is still shown, so its error message has something to point at.
      const offered = choices.includes(String(shown)) ? choices : [...choices, String(shown)];
      control = h('select', common, ...offered.map((choice) => h('option', { value: choice, selected: choice === shown }, choice)));
    } else {
      control = h('input', {
        ...common,
        type: 'text',
        value: String(shown),
        inputmode: spec.kind === 'number' ? 'decimal' : undefined,
        placeholder: PLACEHOLDERS[spec.kind],
        list: spec.suggestRegions ? REGION_NAMES_LIST : undefined,
        autocomplete: 'off',
        spellcheck: 'false',
      });
    }
    const label =
      cellLabel === undefined
        ? h('label', { for: id }, spec.label)
        : h('label', { for: id, class: 'sr-only' }, cellLabel);
    const hint = spec.hint && cellLabel === undefined ? [h('small', { class: 'field-hint' }, spec.hint)] : [];
    return [label, control, ...hint, h('span', { class: 'field-error', id: errorId, 'data-error-for': path })];
  }
}
