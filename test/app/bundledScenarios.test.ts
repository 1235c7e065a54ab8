import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledScenarios, DEFAULT_SCENARIO } from '../../viz/app/bundledScenarios.js';
import { parseScenario } from '../../sim/scenario/index.js';

describe('bundledScenarios', () => {
  it('offers every scenario file in scenarios/ by its base name, and not the JSON Schema', () => {
    const files = readdirSync(new URL('../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    const names = bundledScenarios().map((s) => s.name);
    expect([...names].sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    expect(names).not.toContain('scenario.schema');
  });

  it('lists the baseline first, as the page opens with it', () => {
    expect(bundledScenarios()[0].name).toBe(DEFAULT_SCENARIO);
  });

  it('holds each file as text that the scenario layer accepts', () => {
    for (const { text } of bundledScenarios()) expect(() => parseScenario(text)).not.toThrow();
  });
});
