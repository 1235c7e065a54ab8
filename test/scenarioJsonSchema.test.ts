import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../sim/scenario/index.js';

const committed = readFileSync(new URL('../scenarios/scenario.schema.json', import.meta.url), 'utf8');

describe('scenario JSON Schema', () => {
  it('the committed scenarios/scenario.schema.json is the one the zod schema generates', () => {
    expect(committed, 'scenarios/scenario.schema.json is out of date: run `npm run schema` and commit the result').toBe(scenarioJsonSchemaText());
  });

  const schema = JSON.parse(scenarioJsonSchemaText());

  it('describes the file as written: fields with defaults are optional', () => {
    expect(schema.required.sort()).toEqual(['admins', 'failures', 'name', 'regions', 'release', 'seed', 'waves']);
    expect(schema.properties.regions.items.required).not.toContain('fleetShare');
  });

  it('lets editors flag unknown fields, as the validator does', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.regions.items.additionalProperties).toBe(false);
    expect(schema.properties.fleet.additionalProperties).toBe(false);
  });

  it('allows the "$schema" pointer that the shipped scenarios carry', () => {
    expect(schema.properties.$schema).toMatchObject({ type: 'string' });
  });
});

describe('field descriptions', () => {
  const schema = JSON.parse(scenarioJsonSchemaText());

  it('tell editors what the fields a release manager sets most mean', () => {
    const regionItem = schema.properties.regions.items;
    expect(regionItem.properties.updateSlots.description).toMatch(/at once/);
    expect(schema.properties.release.properties.n1SupportEnd.description).toMatch(/mandatory/);
  });
});
