import { describe, expect, it } from 'vitest';
import { dataPath, pathSegments } from '../../viz/app/scenarioPath.js';
import { validateScenario, ScenarioError } from '../../sim/scenario/index.js';
import { smallScenarioInput } from '../support/smallScenario.js';

describe('scenarioPath', () => {
  it('writes keys and indexes with dots, as the form fields carry them in data-path', () => {
    expect(dataPath(['regions', 0, 'updateSlots'])).toBe('regions.0.updateSlots');
    expect(dataPath(['fleet', 'versions', 'n-1'])).toBe('fleet.versions.n-1');
    expect(dataPath(['seed'])).toBe('seed');
    expect(dataPath([])).toBe('');
  });

  it('reads a data-path back into keys and numeric indexes', () => {
    expect(pathSegments('regions.0.updateSlots')).toEqual(['regions', 0, 'updateSlots']);
    expect(pathSegments('incidents.scheduled.12.start')).toEqual(['incidents', 'scheduled', 12, 'start']);
    expect(pathSegments('fleet.versions.n-1')).toEqual(['fleet', 'versions', 'n-1']);
    expect(pathSegments('')).toEqual([]);
  });

  it("a command line issue's segments give the data-path of the field it is about", () => {
    const input = smallScenarioInput();
    input.regions[1].updateSlots = 0;
    let issues: ScenarioError['issues'] = [];
    try {
      validateScenario(input);
    } catch (error) {
      issues = (error as ScenarioError).issues;
    }
    const issue = issues.find((i) => i.path === 'regions[1].updateSlots');
    expect(issue?.message).toBe('must be a positive integer');
    expect(dataPath(issue!.segments)).toBe('regions.1.updateSlots');
    expect(pathSegments(dataPath(issue!.segments))).toEqual(issue!.segments);
  });
});
