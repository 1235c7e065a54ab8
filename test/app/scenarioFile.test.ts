import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../viz/app/applyEdit.js';
import { scenarioFileName, scenarioFileText, SCHEMA_REFERENCE } from '../../viz/app/scenarioFile.js';
import { smallScenarioInput } from '../support/smallScenario.js';

const BIN = fileURLToPath(new URL('../../bin/wavesim.js', import.meta.url));

describe('scenarioFile', () => {
  it('saves an edited scenario that `wavesim validate` accepts, $schema first', () => {
    const input = applyEdit(smallScenarioInput(), ['regions', 0, 'updateSlots'], 9) as object;
    const text = scenarioFileText(JSON.stringify(input), input);
    expect(Object.keys(JSON.parse(text))[0]).toBe('$schema');
    expect(JSON.parse(text).$schema).toBe(SCHEMA_REFERENCE);

    const folder = mkdtempSync(join(tmpdir(), 'wavesim-app-'));
    try {
      writeFileSync(join(folder, 'saved.json'), text);
      const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, 'validate', 'saved.json'], { cwd: folder, encoding: 'utf8' });
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toMatch(/^OK: saved\.json is a valid scenario/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps the text as written when it already names its schema', () => {
    const text = '{ "$schema": "./scenario.schema.json",  "name": "x" }';
    expect(scenarioFileText(text, JSON.parse(text))).toBe(text);
  });

  it('names files after the scenario by the rule of the command line output folder', () => {
    expect(scenarioFileName('Baseline: April 2027 release, 5,000 tenants')).toBe('baseline-april-2027-release-5-000-tenants.json');
    expect(scenarioFileName('../etc/passwd')).toBe('etc-passwd.json');
    expect(scenarioFileName('')).toBe('scenario.json');
    expect(scenarioFileName(undefined)).toBe('scenario.json');
  });
});
