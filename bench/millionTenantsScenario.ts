/**
 * The largest case as a scenario file: large-fleet at a million
 * tenants (about 2.1 million instances, with ten times large-fleet's
 * capacity) and 64-character region names, which once crashed the reports.
 * Generated into a temporary folder on first use, not bundled: it is a
 * stress case, not a plan anyone runs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LARGE_FLEET = new URL('../scenarios/large-fleet.json', import.meta.url);
let written: string | undefined;

/** The path of the generated scenario file. */
export function millionTenantsScenario(): string {
  if (written) return written;
  const s = JSON.parse(readFileSync(LARGE_FLEET, 'utf8'));
  const longName = (name: string) => `${name} — a region with a long descriptive name, as some teams write them`.slice(0, 64);
  const renamed = new Map<string, string>(s.regions.map((r: { name: string }) => [r.name, longName(r.name)]));
  s.name = 'A million tenants, long region names';
  s.fleet.tenants = 1_000_000;
  for (const r of s.regions) {
    r.name = renamed.get(r.name);
    r.updateSlots *= 10;
    r.backupThroughputGbPerHour *= 10;
  }
  for (const w of s.waves) if (w.regions) w.regions = w.regions.map((n: string) => renamed.get(n));
  delete s.$schema;
  const folder = mkdtempSync(join(tmpdir(), 'wavesim-bench-scenario-'));
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  written = join(folder, 'million-tenants.json');
  writeFileSync(written, JSON.stringify(s, null, 2));
  return written;
}
