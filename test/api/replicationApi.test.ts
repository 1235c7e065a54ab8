import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createReplicationApi } from '../../sim/api/replicationApi.js';
import { runReplication } from '../../sim/plan/index.js';
import { parseScenario } from '../../sim/scenario/index.js';

const TINY = parseScenario(readFileSync(new URL('../fixtures/tiny.json', import.meta.url), 'utf8'));

describe('createReplicationApi', () => {
  it('runs a replication as the command line\u2019s workers do, in a form that survives a structured clone', () => {
    const result = createReplicationApi().run(TINY, 42);
    const direct = runReplication(TINY, 42);
    expect(structuredClone(result)).toEqual(direct);
  });
});
