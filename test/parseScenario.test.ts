import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateWork, parseScenario, validateScenario, ScenarioError, WORK_LIMITS, type ScenarioIssue } from '../sim/scenario/index.js';

const SCENARIOS = new URL('../scenarios/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, SCENARIOS), 'utf8');
const shipped = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const baseline = JSON.parse(read('baseline.json'));

/** The issues of parsing `text`; fails the test if it parses. */
function issuesOfText(text: string): ScenarioIssue[] {
  try {
    parseScenario(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues;
  }
  throw new Error('expected a ScenarioError');
}

/** The issues of the baseline scenario after `change`, one line each. */
function problemsAfter(change: (s: any) => void): string[] {
  const s = structuredClone(baseline);
  change(s);
  return issuesOfText(JSON.stringify(s)).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
}

describe('shipped scenarios', () => {
  it('are the ten documented ones', () => {
    expect(shipped.sort()).toEqual(
      ['bad-build-gated', 'bad-build-ungated', 'baseline', 'incident-mid-wave', 'large-fleet', 'legacy-mandatory', 'million', 'on-prem-mix', 'procrastinating-admins', 'tight-capacity'].map((n) => `${n}.json`),
    );
  });

  it.each(shipped)('%s is valid and names its schema, itself and its purpose', (file) => {
    const text = read(file);
    const raw = JSON.parse(text);
    expect(raw.$schema).toBe('./scenario.schema.json');
    const scenario = parseScenario(text);
    expect(scenario.name.length).toBeGreaterThan(0);
    expect(scenario.description?.length ?? 0).toBeGreaterThan(100);
  });

  it.each(shipped)('%s announces the release early enough for the 90-day reminder', (file) => {
    const { release } = parseScenario(read(file));
    const days = (Date.parse(release.windowStart) - Date.parse(release.announce)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(90);
    expect(release.n1SupportEnd >= release.windowStart && release.n1SupportEnd <= release.windowEnd).toBe(true);
  });

  it('large-fleet has twenty times the tenants and update slots of baseline', () => {
    const base = parseScenario(read('baseline.json'));
    const large = parseScenario(read('large-fleet.json'));
    expect(large.fleet!.tenants).toBe(20 * base.fleet!.tenants);
    expect(large.regions.map((r) => r.updateSlots)).toEqual(base.regions.map((r) => 20 * r.updateSlots));
  });

  it('million has about a million instances, inside what one run may simulate, with the slots and backup throughput of baseline per tenant', () => {
    const base = parseScenario(read('baseline.json'));
    const million = parseScenario(read('million.json'));
    const { instances, issues } = estimateWork(million);
    expect(instances).toBeGreaterThan(950_000);
    expect(instances).toBeLessThan(1_050_000);
    expect(instances).toBeLessThanOrEqual(WORK_LIMITS.instances);
    expect(issues).toEqual([]);
    const scale = million.fleet!.tenants / base.fleet!.tenants;
    expect(million.regions.map((r) => r.updateSlots)).toEqual(base.regions.map((r) => scale * r.updateSlots));
    expect(million.regions.map((r) => r.backupThroughputGbPerHour)).toEqual(base.regions.map((r) => scale * r.backupThroughputGbPerHour));
  });
});

describe('field rules', () => {
  it.each([0, 1.5, -2.5])('updateSlots of %s is reported with its path and rule, once', (slots) => {
    expect(problemsAfter((s) => (s.regions[2].updateSlots = slots))).toEqual(['regions[2].updateSlots: must be a positive integer']);
  });

  it('an issue carries its path as text and as segments, and the message has one line per issue', () => {
    const s = structuredClone(baseline);
    s.regions[2].updateSlots = 0;
    s.seed = -1;
    let error: ScenarioError | undefined;
    try {
      validateScenario(s);
    } catch (e) {
      error = e as ScenarioError;
    }
    expect(error?.issues).toEqual([
      { path: 'regions[2].updateSlots', segments: ['regions', 2, 'updateSlots'], message: 'must be a positive integer' },
      { path: 'seed', segments: ['seed'], message: 'must be a whole number >= 0' },
    ]);
    expect(error?.message).toBe('regions[2].updateSlots: must be a positive integer\nseed: must be a whole number >= 0');
    expect(error?.name).toBe('ScenarioError');
  });

  it('issues are plain data: a copy sent across a worker boundary rebuilds the same error', () => {
    const s = structuredClone(baseline);
    s.regions[0].updateSlots = 0;
    try {
      validateScenario(s);
    } catch (e) {
      const issues = structuredClone((e as ScenarioError).issues);
      expect(new ScenarioError(issues).message).toBe((e as ScenarioError).message);
      return;
    }
    throw new Error('expected a ScenarioError');
  });

  it('an unknown field is an error at its own path, with a suggestion for a near miss', () => {
    expect(problemsAfter((s) => (s.regions[2].updateSlot = 10))).toEqual(['regions[2].updateSlot: is not a known field (did you mean "updateSlots"?)']);
    expect(problemsAfter((s) => (s.fleet.tennats = 10))).toEqual(['fleet.tennats: is not a known field (did you mean "tenants"?)']);
  });

  it('an unknown field far from every known one gets no suggestion', () => {
    expect(problemsAfter((s) => (s.colour = 'blue'))).toEqual(['colour: is not a known field']);
  });

  it('several unknown fields in one object are reported one by one', () => {
    expect(problemsAfter((s) => Object.assign(s.updateWindow, { start: 20, lenghtHours: 12 }))).toEqual([
      'updateWindow.lenghtHours: is not a known field (did you mean "lengthHours"?)',
      'updateWindow.start: is not a known field',
    ]);
  });

  it('a missing required field says "is required"', () => {
    expect(
      problemsAfter((s) => {
        delete s.seed;
        delete s.regions[1].updateSlots;
        delete s.admins.prompt.approve;
      }),
    ).toEqual(['admins.prompt.approve: is required', 'regions[1].updateSlots: is required', 'seed: is required']);
  });

  it('a missing enum field says "is required" too, not the list of choices', () => {
    expect(problemsAfter((s) => (s.incidents = { scheduled: [{ region: 'NAM', start: '2027-05-01', durationHours: 2 }] }))).toEqual([
      'incidents.scheduled[0].kind: is required',
    ]);
  });

  it('a value of the wrong type names the type wanted', () => {
    expect(
      problemsAfter((s) => {
        s.fleet.tenants = '5000';
        s.regions[0].name = 7;
        s.incidents = { scheduled: [{ kind: 'major', region: 'NAM', start: '2027-05-01', durationHours: 2, pauseUpdates: 'yes' }] };
        s.waves = {};
      }),
    ).toEqual([
      'fleet.tenants: must be a number',
      'incidents.scheduled[0].pauseUpdates: must be true or false',
      'regions[0].name: must be a string',
      'waves: must be a list',
    ]);
  });

  it('the schema’s own messages are kept as written', () => {
    expect(
      problemsAfter((s) => {
        s.release.announce = '20/12/2026';
        s.sandboxFirst.approach = 'three';
        s.admins.prompt.rescheduleDays = { min: 5, mode: 1, max: 9 };
      }),
    ).toEqual([
      'admins.prompt.rescheduleDays: has its most likely value outside its range (min 5, mode 1, max 9): mode must lie from min to max',
      'release.announce: must be a date written YYYY-MM-DD',
      'sandboxFirst.approach: must be "one" or "two"',
    ]);
  });

  it('cross-field rules say in plain words what is wrong, with the values, at the path of the object they join', () => {
    expect(
      problemsAfter((s) => {
        s.admins.prompt.approve = 0.6;
        s.admins.prompt.reschedule = 0.5;
        s.admins.average.rescheduleDays = { min: 9, mode: 5, max: 3 };
        s.gates = { failures: { lastUpdates: 3, atLeast: 5 } };
      }),
    ).toEqual([
      'admins.average.rescheduleDays: has its least value above its largest (min 9, mode 5, max 3): min must be at most mode, and mode at most max',
      'admins.prompt: The chances to approve (60 %) and to reschedule (50 %) add up to more than 100 %.',
      'gates.failures: asks for at least 5 of the last 3 updates, more than there are: atLeast must be at most lastUpdates',
    ]);
    // 0.07 + 0.94 is 1.01: the percents are written exactly, without float noise.
    expect(problemsAfter((s) => Object.assign(s.admins.prompt, { approve: 0.07, reschedule: 0.94 }))).toEqual([
      'admins.prompt: The chances to approve (7 %) and to reschedule (94 %) add up to more than 100 %.',
    ]);
  });

  it('a record key that breaks its rule is reported at the key', () => {
    expect(problemsAfter((s) => (s.fleet.onPremises = { share: 0.1, versions: { '8.2': 1, eight: 1 } }))).toEqual([
      'fleet.onPremises.versions.eight: must be a version such as 8.2',
    ]);
  });

  it('a root that is not an object is one issue at the root', () => {
    expect(issuesOfText('[1, 2]')).toEqual([{ path: '', segments: [], message: 'a scenario must be a JSON object' }]);
    expect(() => validateScenario(undefined)).toThrow(/^a scenario must be a JSON object$/);
  });

  it('issues are sorted by path, indexes in number order', () => {
    const problems = problemsAfter((s) => {
      for (let k = 0; k < 8; k++) {
        s.regions.push({ ...s.regions[0], name: `R${k}` });
        s.waves[4].regions.push(`R${k}`);
      }
      s.regions[10].updateSlots = 0;
      s.regions[2].updateSlots = 0;
      s.fleet.tenants = 0;
    });
    expect(problems).toEqual([
      'fleet.tenants: must be a positive integer',
      'regions[2].updateSlots: must be a positive integer',
      'regions[10].updateSlots: must be a positive integer',
    ]);
  });

  it('user text quoted or used as a key in a message is cut to about 40 characters', () => {
    const longKey = 'k'.repeat(5000);
    // A region reference may be 64 characters: longer than a message quotes.
    const longName = 'X'.repeat(64);
    const problems = problemsAfter((s) => {
      s.fleet[longKey] = 1;
      s.waves[0].regions = [longName];
    });
    expect(problems).toEqual([`fleet.${'k'.repeat(40)}…: is not a known field`, `waves[0].regions[0]: must name a region in regions ("${'X'.repeat(40)}…" is not one)`]);
  });

  it('no message grows with the user’s text, even a value full of quotes', () => {
    const problems = problemsAfter((s) => (s.waves[0].regions = ['a"'.repeat(32)]));
    expect(problems).toHaveLength(1);
    expect(problems[0].length).toBeLessThan(300);
  });

  it('defaults are filled in', () => {
    const s = structuredClone(baseline);
    delete s.sandboxFirst;
    delete s.updateWindow;
    const scenario = validateScenario(s);
    expect(scenario.sandboxFirst).toEqual({ approach: 'one', sandboxLeadDays: 14, stepGapDays: 7 });
    expect(scenario.updateWindow.localStartHour).toBe(20);
    expect(scenario.incidents.scheduled).toEqual([]);
  });
});

describe('cross-field rules', () => {
  it('a wave outside the release window is an error on the wave', () => {
    expect(problemsAfter((s) => (s.waves[4].end = '2027-07-05'))).toEqual(['waves[4]: must lie inside the release window']);
  });

  it('a wave naming an unknown region is an error on that name', () => {
    expect(problemsAfter((s) => (s.waves[1].regions = ['OCE', 'LATAM']))).toEqual(['waves[1].regions[1]: must name a region in regions ("LATAM" is not one)']);
  });

  it('a name with line breaks in it keeps its message on one line, the breaks written as escapes', () => {
    const problems = problemsAfter((s) => (s.waves[1].regions = ['OCE', 'a"b,c\r\nd']));
    expect(problems).toEqual(['waves[1].regions[1]: must name a region in regions ("a"b,c\\r\\nd" is not one)']);
    expect(problems[0]).not.toMatch(/[\r\n]/);
  });

  it('fleet and tenants given together is an error on tenants', () => {
    expect(problemsAfter((s) => (s.tenants = [{ id: 't1', region: 'NAM', version: 'n-1', storageGb: 12 }]))).toEqual([
      'tenants: must not be given together with fleet (list tenants or generate them, not both)',
    ]);
  });

  it('neither fleet nor tenants is an error on fleet', () => {
    expect(problemsAfter((s) => delete s.fleet)).toEqual(['fleet: is required unless tenants are listed']);
  });

  it('weights that give nothing to draw are an error on their set', () => {
    expect(problemsAfter((s) => (s.fleet.versions = { n: 0, 'n-1': 0, 'n-2': 0 }))).toEqual(['fleet.versions: must give at least one weight above 0']);
    expect(problemsAfter((s) => (s.fleet.sandboxesPerTenant = [0, 0]))).toEqual(['fleet.sandboxesPerTenant: must give at least one weight above 0']);
    expect(problemsAfter((s) => s.regions.forEach((r: { fleetShare: number }) => (r.fleetShare = 0)))).toEqual([
      'regions: must give at least one region a fleetShare above 0',
    ]);
  });

  it('a region name given twice is an error on the second', () => {
    const problems = problemsAfter((s) => (s.regions[3].name = 'NAM'));
    expect(problems).toContain('regions[3].name: must be unique ("NAM" appears twice)');
  });

  it('an explicit tenants list instead of fleet validates, with tenant defaults filled in', () => {
    const s = structuredClone(baseline);
    delete s.fleet;
    s.tenants = [
      { id: 'acme', region: 'NAM', version: 'n-2', sandboxes: 2, storageGb: 40, complexity: 'high', admin: 'procrastinating' },
      { id: 'globex', region: 'EUR', version: 'n-1', storageGb: 8 },
      { id: 'initech', region: 'APJ', version: 'n', storageGb: 3, onPremisesVersion: '8.2' },
      { id: 'hooli', region: 'OCE', version: 'n-1', storageGb: 15 },
    ];
    const scenario = validateScenario(s);
    expect(scenario.tenants?.[1]).toMatchObject({ sandboxes: 0, complexity: 'medium', admin: 'average', extraRecipients: 0 });
  });
});

describe('malformed JSON', () => {
  const text = ['{', '  "name": "x",', '  "seed": ,', '  "regions": []', '}'].join('\n');

  it('reports line and column of the error, counted from 1', () => {
    expect(issuesOfText(text)).toEqual([
      { path: '', segments: [], message: "line 3, column 11: expected a value, found ','", line: 3, column: 11 },
    ]);
  });

  it('counts Windows line endings as one line break', () => {
    expect(issuesOfText(text.replaceAll('\n', '\r\n'))[0]).toMatchObject({ line: 3, column: 11 });
  });

  it('points at the end of the file when it stops early', () => {
    expect(issuesOfText('{\n  "name": "x",\n  "seed": 1')[0].message).toBe("line 3, column 12: unexpected end of file, expected ',' or '}'");
  });

  it('names a trailing comma', () => {
    expect(issuesOfText('{\n  "seed": 1,\n}')[0].message).toBe("line 3, column 1: a comma before '}' is not allowed in JSON");
  });

  it('reports an empty file as such', () => {
    expect(issuesOfText('')[0].message).toBe('the file is empty; a scenario is one JSON object');
    expect(issuesOfText(' \n\t\n')[0].message).toBe('the file is empty; a scenario is one JSON object');
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(parseScenario(`\uFEFF${read('baseline.json')}`).name).toBe(baseline.name);
  });
});
