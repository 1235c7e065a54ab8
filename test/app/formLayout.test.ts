import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, valueAt } from '../../viz/app/applyEdit.js';
import { FORM_LAYOUT, SEED_FIELD, type FieldSpec } from '../../viz/app/formLayout.js';
import { dataPath, type PathSegment } from '../../viz/app/scenarioPath.js';
import { ScenarioError, validateScenario } from '../../sim/scenario/index.js';
import { SCENARIO_BOUNDS } from '../../sim/scenario/scenarioBounds.js';

const BASELINE = JSON.parse(readFileSync(new URL('../../scenarios/baseline.json', import.meta.url), 'utf8')) as unknown;
const INCIDENTS = JSON.parse(readFileSync(new URL('../../scenarios/incident-mid-wave.json', import.meta.url), 'utf8')) as unknown;

/** Every field of the form for `input`, with its scenario path. */
function fields(input: unknown): { spec: FieldSpec; segments: PathSegment[] }[] {
  const out = [{ spec: SEED_FIELD, segments: SEED_FIELD.key }];
  for (const group of FORM_LAYOUT) {
    if (group.type === 'fields') {
      for (const spec of group.fields) out.push({ spec, segments: [...group.base, ...spec.key] });
      continue;
    }
    const rows = valueAt(input, group.rows);
    const keys: PathSegment[] = group.rowKeys ? [...group.rowKeys] : Array.isArray(rows) ? rows.map((_, i) => i) : [];
    for (const key of keys) for (const spec of group.columns) out.push({ spec, segments: [...group.rows, key, ...spec.key] });
  }
  return out;
}

function issuesOf(input: unknown): ScenarioError['issues'] {
  try {
    validateScenario(input);
    return [];
  } catch (error) {
    return (error as ScenarioError).issues;
  }
}

describe('FORM_LAYOUT', () => {
  it('every field names a value the shipped scenarios hold (or one with a default)', () => {
    for (const input of [BASELINE, INCIDENTS]) {
      for (const { spec, segments } of fields(input)) {
        if (spec.absentValue !== undefined) continue;
        // Wave regions may be left out: all regions take part.
        if (spec.kind === 'list') continue;
        expect(valueAt(input, segments), dataPath(segments)).not.toBeUndefined();
      }
    }
  });

  it('a wrong value in any field is reported at that field’s own data-path', () => {
    for (const { spec, segments } of fields(INCIDENTS)) {
      // Any text is a description, up to its bound.
      const tooLong = 'x'.repeat(SCENARIO_BOUNDS.descriptionLength + 1);
      const wrong = spec.kind === 'boolean' ? 'yes' : spec.kind === 'list' ? [] : spec.kind === 'number' ? -1.5 : spec.kind === 'longText' ? tooLong : '';
      const paths = issuesOf(applyEdit(INCIDENTS, segments, wrong)).map((i) => dataPath(i.segments));
      expect(paths, dataPath(segments)).toContain(dataPath(segments));
    }
  });

  it('every number field has a range, and the schema refuses a value just outside it (a percent field’s range is in %)', () => {
    for (const { spec, segments } of fields(INCIDENTS)) {
      if (spec.kind !== 'number' && spec.kind !== 'percent') continue;
      const path = dataPath(segments);
      expect(spec.range, path).toBeDefined();
      const { min, max } = spec.range!;
      const inFile = (shown: number) => (spec.kind === 'percent' ? shown / 100 : shown);
      expect(issuesOf(applyEdit(INCIDENTS, segments, inFile(max * 1.5 + 1))).map((i) => dataPath(i.segments)), `${path} above ${max}`).toContain(path);
      expect(issuesOf(applyEdit(INCIDENTS, segments, inFile(min - 0.5))).map((i) => dataPath(i.segments)), `${path} below ${min}`).toContain(path);
    }
  });

  it('percents are shown for the chances and targets only, and weights are normalised within their own set', () => {
    const percents = fields(BASELINE).filter(({ spec }) => spec.kind === 'percent').map(({ segments }) => dataPath(segments));
    expect(percents).toEqual(['targets.shareOnN', 'targets.onTimeShare', ...['prompt', 'average', 'procrastinating', 'unresponsive'].flatMap((p) => [`admins.${p}.approve`, `admins.${p}.reschedule`])]);
    const sets = new Set(fields(BASELINE).flatMap(({ spec }) => (spec.weightOf ? [spec.weightOf] : [])));
    expect([...sets]).toEqual(['fleet.versions', 'fleet.adminProfiles', 'waves']);
  });

  it('a new row makes a valid scenario, so adding one never blocks a run by itself', () => {
    for (const group of FORM_LAYOUT) {
      if (group.type !== 'table' || !group.newRow) continue;
      const rows = valueAt(BASELINE, group.rows);
      const index = Array.isArray(rows) ? rows.length : 0;
      const edited = applyEdit(BASELINE, [...group.rows, index], group.newRow.make(BASELINE));
      expect(issuesOf(edited), group.title).toEqual([]);
    }
  });

  it('a scenario that lists its tenants gets a note instead of the generated fleet’s fields', () => {
    const fleetGroup = FORM_LAYOUT.find((g) => g.type === 'fields' && g.base[0] === 'fleet');
    expect(fleetGroup?.type === 'fields' && fleetGroup.note?.({ tenants: [{}, {}] })).toMatch(/lists its 2 tenants/);
    expect(fleetGroup?.type === 'fields' && fleetGroup.note?.(BASELINE)).toBeNull();
  });
});
