import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT } from '../../../sim/cli/main.js';
import { GATES_STUDY_COLUMNS } from '../../../sim/plan/index.js';
import { parseCsv } from '../../support/parseCsv.js';
import { emptyFolder, mainCapturingStderr, TINY, wavesim } from './support/wavesim.js';

const TINY_BAD_BUILD = fileURLToPath(new URL('../../fixtures/tiny-bad-build.json', import.meta.url));

describe('wavesim gates', () => {
  it('writes gates-study.csv: the ungated bad build, then each threshold, the same bytes on 1 worker and on 2', () => {
    const args = ['gates', TINY_BAD_BUILD, '--threshold', '1:4:1', '--replications', '3', '--max-exposure', '1000', '--max-false-halt-days', '5', '--out', 'g'];
    const one = wavesim([...args, '--workers', '1']);
    const two = wavesim([...args, '--workers', '2']);
    expect([one.status, one.stderr]).toEqual([0, '']);
    const bytes = readFileSync(join(one.cwd, 'g', 'gates-study.csv'), 'utf8');
    expect(readFileSync(join(two.cwd, 'g', 'gates-study.csv'), 'utf8')).toBe(bytes);
    const [header, ...rows] = parseCsv(bytes.trimEnd());
    expect(header).toEqual([...GATES_STUDY_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(['none', '1', '2', '3', '4']);
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    // With no gate nothing halts; every threshold's runs without the defect halt only falsely.
    expect(cell(rows[0], 'days_halted_mean')).toBe('0');
    for (const row of rows) expect(cell(row, 'meets_targets')).toMatch(/^[01]$/);
    expect(one.stdout).toMatch(/9 settings × 3 replications/);
  });

  it.each([
    ['a threshold past the window', [TINY_BAD_BUILD, '--threshold', '1:9:1'], /TO <= 4/],
    ['a threshold that is no range', [TINY_BAD_BUILD, '--threshold', '3'], /FROM:TO:STEP/],
    ['a scenario with no defect', [TINY, '--threshold', '1:2:1', '--window', '4'], /no defect/],
  ])('exits 2 for %s, and writes nothing', async (_, args, message) => {
    const out = join(emptyFolder(), 'g');
    const { code, stderr } = await mainCapturingStderr(['gates', ...args, '--out', out]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
