import { describe, expect, it } from 'vitest';
import { editedScenario } from '../../viz/app/editedScenario.js';
import { pickerLabel } from '../../viz/app/pickerLabel.js';
import type { ScenarioState } from '../../viz/app/store.js';

const loaded = (bundled: string | null): ScenarioState => ({ text: '{}', input: {}, bundled, basedOn: bundled, source: 'bundled scenario', origin: 'load' });

describe('editedScenario', () => {
  it('an edited bundled scenario is no longer that scenario, but is based on it', () => {
    const edited = editedScenario(loaded('baseline'), '{"seed":2}', 'json');
    expect(edited).toEqual({ text: '{"seed":2}', input: { seed: 2 }, bundled: null, basedOn: 'baseline', source: 'edited scenario', origin: 'json' });
  });

  it('further edits stay based on the bundled scenario first loaded', () => {
    const once = editedScenario(loaded('tight-capacity'), '{"seed":2}', 'form', { seed: 2 });
    expect(editedScenario(once, '{"seed":3}', 'form', { seed: 3 }).basedOn).toBe('tight-capacity');
  });

  it('a scenario from a file or a link stays based on no bundled scenario when edited', () => {
    expect(editedScenario(loaded(null), '{}', 'form', {}).basedOn).toBeNull();
  });
});

describe('pickerLabel', () => {
  it('the picker says "baseline (edited)" after an edit of the baseline instead of going blank', () => {
    expect(pickerLabel(editedScenario(loaded('baseline'), '{"seed":2}', 'json'))).toBe('baseline (edited)');
  });

  it('no extra label for an unedited bundled scenario (the picker shows its name) or one from elsewhere', () => {
    expect(pickerLabel(loaded('baseline'))).toBeNull();
    expect(pickerLabel(loaded(null))).toBeNull();
  });
});
