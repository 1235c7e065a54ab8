/**
 * The bundled bad-build scenarios: the same defect on the same seeds, with
 * health gates and without. Gates must keep the bad build from far more
 * instances than they let through, and the comparison says by how much.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRows, compareScenarios, runReplication, type RunReplications } from '../sim/plan/index.js';
import { parseScenario } from '../sim/scenario/index.js';

const read = (name: string) => parseScenario(readFileSync(`scenarios/${name}.json`, 'utf8'));
const inProcess: RunReplications = async (jobs) => jobs.map((job) => runReplication(job.scenario, job.seed));

describe('bad-build-gated against bad-build-ungated', () => {
  it('differ only by their gates', () => {
    const gated = read('bad-build-gated');
    const ungated = read('bad-build-ungated');
    expect(gated.defect).toEqual(ungated.defect);
    expect(ungated.gates).toBeUndefined();
    expect(gated.gates?.failures).toBeDefined();
    const strip = ({ name, description, gates, ...rest }: typeof gated) => rest;
    expect(strip(gated)).toEqual(strip(ungated));
  });

  it('expose far fewer instances to the bad build with gates, on the same seeds, with an interval on the difference', async () => {
    const entries = [
      { scenario: read('bad-build-ungated'), file: 'bad-build-ungated.json' },
      { scenario: read('bad-build-gated'), file: 'bad-build-gated.json' },
    ];
    const rows = compareRows(await compareScenarios(entries, { replications: 6, seed: 2027 }, inProcess));
    const gated = rows.find((r) => r.kpi === 'instances_updated_with_defect' && r.file === 'bad-build-gated.json')!;
    const ungated = rows.find((r) => r.kpi === 'instances_updated_with_defect' && r.file === 'bad-build-ungated.json')!;
    // "Far fewer": under a quarter of the ungated exposure, and the paired interval of the difference excludes 0.
    expect(Number(gated.mean)).toBeLessThan(Number(ungated.mean) / 4);
    expect(gated.significant).toBe(1);
    expect(Number(gated.diff_ci95_high)).toBeLessThan(0);
    expect(Number(gated.diff_ci95_low)).toBeLessThan(Number(gated.diff_ci95_high));
  });
});
