/**
 * Hostile text through both writers: tenant ids and region names full of CR,
 * LF, quotes, commas and formulas behind whitespace, run by the command line
 * (a child process writing its folder) and by the app's worker API (the
 * bytes of a download). A strict RFC 4180 reader must read back the same
 * fields from both, and no text cell may start as a formula.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSimulationApi } from '../../sim/api/simulationApi.js';
import { REPORT_FILE_NAMES } from '../../sim/api/reportFileNames.js';
import { toCsv } from '../../sim/report/toCsv.js';
import { parseStrictCsv } from '../support/parseStrictCsv.js';

const BIN = fileURLToPath(new URL('../../bin/wavesim.js', import.meta.url));
const tiny = JSON.parse(readFileSync(new URL('../fixtures/tiny.json', import.meta.url), 'utf8'));

const HOSTILE_IDS = [
  'x\r=cmd|\' /C calc\'!A0',
  'line\nbreak',
  'crlf\r\nend',
  '"quoted", with comma',
  '  =1+1',
  '\t+SUM(A1)',
  '\r-2+3',
  '\u00a0@HYPERLINK("http://evil","x")',
  'ünïcödé 🚀 日本',
  'q'.repeat(128),
];
const HOSTILE_REGIONS = ['North\r=x', ' @South, "East"'];

/** A text cell a spreadsheet would run: a formula sign after any whitespace or control characters. Numbers are numbers. */
const runsAsFormula = (cell: string) => /^[\s\p{Cc}]*[=+\-@]/u.test(cell) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell);

function hostileScenario(): string {
  const s = structuredClone(tiny);
  s.regions[0].name = HOSTILE_REGIONS[0];
  s.regions[1].name = HOSTILE_REGIONS[1];
  s.tenants = HOSTILE_IDS.map((id, k) => ({ id, region: HOSTILE_REGIONS[k % 2], version: k % 3 === 0 ? 'n' : 'n-1', sandboxes: k % 2, storageGb: 10 + k }));
  s.incidents.scheduled[0].region = HOSTILE_REGIONS[0];
  return JSON.stringify(s);
}

const folder = mkdtempSync(join(tmpdir(), 'wavesim-csv-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('CSV round trip of hostile text, command line and browser', () => {
  const text = hostileScenario();
  writeFileSync(join(folder, 'hostile.json'), text);
  const cli = spawnSync(process.execPath, [BIN, 'run', 'hostile.json', '--out', 'out', '--quiet'], { cwd: folder, encoding: 'utf8' });
  const api = createSimulationApi();
  api.run(text);

  it('the command line runs the hostile scenario', () => {
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
  });

  it.each(REPORT_FILE_NAMES)('%s: the same bytes from both, read back strictly, no cell a formula', (name) => {
    const fromCli = readFileSync(join(folder, 'out', name));
    const fromBrowser = Buffer.from(api.csv(name));
    expect(fromBrowser.equals(fromCli)).toBe(true);
    const records = parseStrictCsv(fromCli.toString('utf8'));
    expect(records.flat().filter(runsAsFormula)).toEqual([]);
  });

  it('instances.csv reads back every tenant id as written, a formula-like one behind a quote mark', () => {
    const [header, ...rows] = parseStrictCsv(readFileSync(join(folder, 'out', 'instances.csv'), 'utf8'));
    const tenants = new Set(rows.map((r) => r[header.indexOf('tenant')]));
    const expected = HOSTILE_IDS.map((id) => (/^[\s\p{Cc}]*[=+\-@]|^[\t\r]/u.test(id) ? `'${id}` : id));
    expect([...tenants].sort()).toEqual(expected.sort());
    const regions = new Set(rows.map((r) => r[header.indexOf('region')]));
    expect([...regions].sort()).toEqual(["' @South, \"East\"", 'North\r=x'].sort());
  });

  it('a 10 KB field of every hostile character reads back whole', () => {
    const nasty = 'a,"b"\r\nc\rd\ne\t=f '.repeat(600);
    const [, [cell]] = parseStrictCsv(toCsv(['v'], [{ v: nasty }, { v: `  ${nasty}` }]));
    expect(cell).toBe(nasty);
    expect(parseStrictCsv(toCsv(['v'], [{ v: `  =${nasty}` }]))[1][0]).toBe(`'  =${nasty}`);
  });
});
