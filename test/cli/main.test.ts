/**
 * The command line as a user meets it: `node bin/wavesim.js` in a child
 * process, in an empty working folder, checking exit codes, what is printed
 * where, and which files appear.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_UNEXPECTED, main } from '../../sim/cli/main.js';

// The model, made to crash, or the user to press Ctrl-C after its first day, on demand; the child processes run the real one.
const model = vi.hoisted(() => ({ crash: false, interrupt: false }));
vi.mock('../../sim/model/simulateRelease.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../sim/model/simulateRelease.js')>();
  return {
    ...real,
    releaseDays: function* (...args: Parameters<typeof real.releaseDays>) {
      if (model.crash) throw new Error('the model crashed');
      const days = real.releaseDays(...args);
      for (let step = days.next(); ; step = days.next()) {
        if (step.done) return step.value;
        yield step.value;
        if (model.interrupt) process.emit('SIGINT');
      }
    },
  };
});

const BIN = fileURLToPath(new URL('../../bin/wavesim.js', import.meta.url));
const TINY = fileURLToPath(new URL('../fixtures/tiny.json', import.meta.url));
const INVALID = fileURLToPath(new URL('../fixtures/invalid.json', import.meta.url));

/** The six reports and their documented headers for tiny.json (regions "North" and "South-East"). */
const HEADERS: Record<string, string> = {
  'summary.csv': 'kpi,scope,value,unit',
  'timeseries.csv':
    'hour,time_utc,completions,in_progress,queued,slot_use_north,slot_use_south_east,slot_capacity_north,slot_capacity_south_east,' +
    'backup_demand_system_gb_per_hour,backup_demand_on_demand_gb_per_hour,backup_demand_update_gb_per_hour,backup_demand_restore_gb_per_hour,' +
    'backup_demand_total_gb_per_hour,backup_capacity_gb_per_hour,reported_storage_gb,actual_storage_gb,retained_system_backup_gb,retained_on_demand_backup_gb,share_on_n',
  'instances.csv':
    'tenant,instance,kind,region,deployment,on_premises_version,from_version,to_version,first_scheduled_utc,scheduled_utc,approved_utc,' +
    'rescheduled_utc,start_utc,backup_end_utc,restore_end_utc,upgrade_end_utc,completed_utc,outcome,attempts,steps_completed,fallbacks,' +
    'reschedules,failures,mandatory,downtime_hours',
  'communications.csv': 'message_type,channel,messages,recipients',
  'incidents.csv':
    'kind,region,start_utc,end_utc,notice_utc,post_incident_report_utc,pause_updates,slowdown,failure_multiplier,updates_displaced,admins_notified',
  'gates.csv': 'time_utc,scope,signal,value,threshold,decision,defect_active,updates_seen',
};

const folders: string[] = [];

/** A fresh, empty working folder, removed after the test. */
function emptyFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'wavesim-cli-'));
  folders.push(folder);
  return folder;
}

/** Runs `wavesim ...args` in `cwd`, stdout and stderr piped (so neither is a TTY). */
function wavesim(args: string[], cwd = emptyFolder()) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { status, stdout, stderr, cwd };
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('wavesim --help', () => {
  it('exits 0 and shows the commands with examples', () => {
    const { status, stdout } = wavesim(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Usage: wavesim/);
    expect(stdout).toMatch(/run \[options\] <scenario\.json>/);
    expect(stdout).toMatch(/validate <scenario\.json>/);
    expect(stdout).toMatch(/Examples:[\s\S]*\$ wavesim run scenarios\/baseline\.json/);
    expect(stdout).toMatch(/Exit codes:/);
  });

  it('exits 0 for "run --help" and lists the six reports', () => {
    const { status, stdout } = wavesim(['run', '--help']);
    expect(status).toBe(0);
    for (const name of Object.keys(HEADERS)) expect(stdout).toContain(name);
    expect(stdout).toMatch(/--seed <n>/);
    expect(stdout).toMatch(/--out <dir>/);
    expect(stdout).toMatch(/--quiet/);
  });
});

describe('the installed command', () => {
  it('is the compiled JavaScript in dist-cli: bin runs it, workers included, with no TypeScript source, compiler or node_modules at hand', () => {
    // Only what bin/wavesim.js needs, copied where sim/, tsx and node_modules cannot be reached.
    const root = emptyFolder();
    const repo = fileURLToPath(new URL('../../', import.meta.url));
    for (const part of ['bin', 'dist-cli', 'package.json']) cpSync(join(repo, part), join(root, part), { recursive: true });
    cpSync(TINY, join(root, 'tiny.json'));
    const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin/wavesim.js'), ...args], { cwd: root, encoding: 'utf8' });
    const version = run(['--version']);
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version);
    const batch = run(['replicate', 'tiny.json', '--replications', '2', '--workers', '2', '--out', 'reports', '--quiet']);
    expect(batch.stderr).toBe('');
    expect(batch.status).toBe(0);
    expect(readdirSync(join(root, 'reports')).sort()).toEqual(['replications.csv', 'timeseries-bands.csv']);
  });
});

describe('wavesim usage errors exit 2', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['simulate', TINY]],
    ['a missing scenario argument', ['run']],
    ['an unknown option', ['run', TINY, '--sed', '1']],
  ])('for %s', (_, args) => {
    const { status, stderr, cwd } = wavesim(args);
    expect(status).toBe(2);
    expect(stderr).not.toBe('');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each(['abc', '1.5', '-1', '1e3', ''])('for --seed %j, and writes nothing', (seed) => {
    const { status, stderr, cwd } = wavesim(['run', TINY, '--seed', seed, '--out', 'reports']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/seed/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('wavesim validate', () => {
  it('prints OK and exits 0 for a valid scenario', () => {
    const { status, stdout, stderr } = wavesim(['validate', TINY]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^OK: .*tiny\.json is a valid scenario/);
    expect(stderr).toBe('');
  });

  it('exits 2 with every issue as "path: rule" on stderr, and writes nothing', () => {
    const { status, stdout, stderr, cwd } = wavesim(['validate', INVALID]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.split('\n');
    expect(lines).toContain('regions[0].updateSlots: must be a positive integer');
    expect(lines).toContain('tenants[0].version: must be one of "n", "n-1", "n-2"');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('exits 2 on a cross-field rule, printed as "path: message" in plain words', () => {
    const cwd = emptyFolder();
    const scenario = JSON.parse(readFileSync(TINY, 'utf8'));
    scenario.admins.prompt = { ...scenario.admins.prompt, approve: 0.6, reschedule: 0.5 };
    writeFileSync(join(cwd, 'odds.json'), JSON.stringify(scenario));
    const { status, stderr } = wavesim(['validate', 'odds.json'], cwd);
    expect(status).toBe(2);
    expect(stderr.split('\n')).toContain('admins.prompt: The chances to approve (60 %) and to reschedule (50 %) add up to more than 100 %.');
  });

  it('exits 2 for a file that cannot be read', () => {
    const { status, stderr } = wavesim(['validate', 'no-such-file.json']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/cannot read no-such-file\.json/);
  });

  it('accepts UTF-8 with a byte-order mark and names UTF-16 when it refuses a file', () => {
    const cwd = emptyFolder();
    const text = readFileSync(TINY, 'utf8');
    writeFileSync(join(cwd, 'bom.json'), `\uFEFF${text}`);
    writeFileSync(join(cwd, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(wavesim(['validate', 'bom.json'], cwd).status).toBe(0);
    const { status, stderr } = wavesim(['validate', 'utf16.json'], cwd);
    expect(status).toBe(2);
    expect(stderr).toBe('wavesim: utf16.json is not a valid scenario:\nthe file is UTF-16 (little-endian), not UTF-8: save it as UTF-8 and try again\n');
  });
});

describe('wavesim run, bad input', () => {
  it('exits 2 on an invalid scenario and creates no output folder, given or default', () => {
    const given = wavesim(['run', INVALID, '--out', 'reports']);
    expect(given.status).toBe(2);
    expect(given.stderr.split('\n')).toContain('regions[0].updateSlots: must be a positive integer');
    expect(readdirSync(given.cwd)).toEqual([]);
    const byDefault = wavesim(['run', INVALID]);
    expect(byDefault.status).toBe(2);
    expect(readdirSync(byDefault.cwd)).toEqual([]);
  });

  it('exits 2 on a file that is not JSON, naming the line and column', () => {
    const cwd = emptyFolder();
    writeFileSync(join(cwd, 'broken.json'), '{\n  "name": "x",\n}\n');
    const { status, stderr } = wavesim(['run', 'broken.json', '--out', 'reports'], cwd);
    expect(status).toBe(2);
    expect(stderr).toMatch(/broken\.json is not a valid scenario:\nline 3, column 1/);
    expect(readdirSync(cwd)).toEqual(['broken.json']);
  });
});

// Needs the release model (sim/model/simulateRelease.ts): fails while it is a stub.
describe('wavesim run', () => {
  it('writes the six reports with their documented headers, prints nothing with --quiet, leaves no temporary file', () => {
    const { status, stdout, stderr, cwd } = wavesim(['run', TINY, '--out', 'reports', '--quiet']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const folder = join(cwd, 'reports');
    expect(readdirSync(folder).sort()).toEqual(Object.keys(HEADERS).sort());
    for (const [name, header] of Object.entries(HEADERS)) {
      expect(readFileSync(join(folder, name), 'utf8').split('\n')[0], name).toBe(header);
    }
  });

  it('writes into out/<scenario name> by default and prints the summary table, no progress bar when stderr is not a terminal', () => {
    const { status, stdout, stderr, cwd } = wavesim(['run', TINY]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(readdirSync(join(cwd, 'out'))).toEqual(['tiny-3-tenants-2-regions']);
    expect(stdout).toMatch(/^kpi +scope +value +unit$/m);
    expect(stdout).toMatch(/^share_on_n_at_window_end +fleet +[\d.]+ +%$/m);
    expect(stdout).toMatch(/Wrote summary\.csv, .* to out\/tiny-3-tenants-2-regions/);
  });

  it('prints the verdict first, in the words of summary.csv\u2019s verdict rows', () => {
    const { stdout, cwd } = wavesim(['run', TINY, '--out', 'r']);
    const lines = stdout.split('\n');
    expect(lines[2]).toMatch(/^The wave (meets its targets|misses (its on-time target|its share-on-n target|both targets))\.$/);
    expect(lines[3]).toMatch(/^Share on n when the window closes: [\d.]+ % against a target of 98\.0 %/);
    expect(lines[4]).toMatch(/^Updates on time: [\d.]+ % against a target of 99\.0 %/);
    expect(lines[6]).toMatch(/^(Bottleneck|What held it back most): /);
    const summary = readFileSync(join(cwd, 'r', 'summary.csv'), 'utf8');
    const met = (kpi: string) => new RegExp(`^${kpi},fleet,1,`, 'm').test(summary);
    const both = met('meets_target_share_on_n') && met('meets_target_on_time_share');
    expect(lines[2] === 'The wave meets its targets.').toBe(both);
  });

  it('writes the same bytes for the same scenario and seed', () => {
    const cwd = emptyFolder();
    expect(wavesim(['run', TINY, '--seed', '3', '--out', 'a', '--quiet'], cwd).status).toBe(0);
    expect(wavesim(['run', TINY, '--seed', '3', '--out', 'b', '--quiet'], cwd).status).toBe(0);
    for (const name of Object.keys(HEADERS)) {
      expect(readFileSync(join(cwd, 'b', name), 'utf8'), name).toBe(readFileSync(join(cwd, 'a', name), 'utf8'));
    }
  });
});

describe('wavesim run over previous reports, all or nothing', () => {
  it('a second run replaces the reports and leaves no temporary file beside or inside the folder', () => {
    const cwd = emptyFolder();
    expect(wavesim(['run', TINY, '--seed', '1', '--out', 'reports', '--quiet'], cwd).status).toBe(0);
    expect(wavesim(['run', TINY, '--seed', '2', '--out', 'reports', '--quiet'], cwd).status).toBe(0);
    expect(readdirSync(cwd)).toEqual(['reports']);
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(Object.keys(HEADERS).sort());
  });

  it('a folder in the way of a report: exit 2, one plain line, previous reports byte-identical', () => {
    const cwd = emptyFolder();
    expect(wavesim(['run', TINY, '--seed', '1', '--out', 'reports', '--quiet'], cwd).status).toBe(0);
    rmSync(join(cwd, 'reports', 'summary.csv'));
    mkdirSync(join(cwd, 'reports', 'summary.csv'));
    const before = Object.fromEntries(readdirSync(join(cwd, 'reports')).filter((f) => f !== 'summary.csv').map((f) => [f, readFileSync(join(cwd, 'reports', f), 'latin1')]));
    const { status, stderr } = wavesim(['run', TINY, '--seed', '2', '--out', 'reports', '--quiet'], cwd);
    expect(status).toBe(EXIT_BAD_INPUT);
    expect(stderr).toBe('wavesim: cannot write summary.csv to reports: a folder of that name is in the way (nothing was changed)\n');
    const after = Object.fromEntries(readdirSync(join(cwd, 'reports')).filter((f) => f !== 'summary.csv').map((f) => [f, readFileSync(join(cwd, 'reports', f), 'latin1')]));
    expect(after).toEqual(before);
    expect(readdirSync(cwd)).toEqual(['reports']);
  });

  it('a batch command with a folder in the way exits 2 before it runs', () => {
    const cwd = emptyFolder();
    mkdirSync(join(cwd, 'reports', 'replications.csv'), { recursive: true });
    const { status, stderr, stdout } = wavesim(['replicate', TINY, '--replications', '2', '--workers', '1', '--out', 'reports', '--quiet'], cwd);
    expect(status).toBe(EXIT_BAD_INPUT);
    expect(stderr).toBe('wavesim: cannot write replications.csv to reports: a folder of that name is in the way (nothing was changed)\n');
    expect(stdout).toBe('');
    expect(readdirSync(join(cwd, 'reports'))).toEqual(['replications.csv']);
  });
});

/** Runs main in this process with `args`, keeping what it writes to stderr. */
async function mainCapturingStderr(args: string[]) {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(['node', 'wavesim', ...args]), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('main, in process', () => {
  it('exits 1 on an unexpected error and writes nothing', async () => {
    const out = join(emptyFolder(), 'reports');
    model.crash = true;
    try {
      const { code, stderr } = await mainCapturingStderr(['run', TINY, '--out', out, '--quiet']);
      expect(code).toBe(EXIT_UNEXPECTED);
      expect(stderr).toMatch(/unexpected error: Error: the model crashed/);
    } finally {
      model.crash = false;
    }
    expect(existsSync(out)).toBe(false);
  });

  it('exits 130 with one line on Ctrl-C during the simulation, and writes nothing', async () => {
    const out = join(emptyFolder(), 'reports');
    model.interrupt = true;
    try {
      const { code, stderr } = await mainCapturingStderr(['run', TINY, '--out', out, '--quiet']);
      expect(code).toBe(130);
      expect(stderr.trim()).toBe('wavesim: cancelled: nothing was written');
    } finally {
      model.interrupt = false;
    }
    expect(existsSync(out)).toBe(false);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('exits 2 when the output folder cannot be created', async () => {
    const cwd = emptyFolder();
    // A folder inside a file cannot exist.
    const { code, stderr } = await mainCapturingStderr(['run', TINY, '--out', join(TINY, 'reports'), '--quiet']);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stderr).toMatch(/cannot create the output folder/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
