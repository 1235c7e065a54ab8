/**
 * One rule of the domain, checked over a run: it reads the run's trace as
 * the run goes, then every row of its CSV reports, and lists what broke the
 * rule (the first few cases, and how many there were).
 */
import type { TraceEvent } from '../../../sim/model/TraceEvent.js';
import type { RunFacts } from './RunFacts.js';
import type { RunRows } from './RunRows.js';

export interface Check {
  /** The rule, as a test names it. */
  rule: string;
  trace?(e: TraceEvent): void;
  rows?(rows: RunRows): void;
  /** Describes each case that broke the rule; empty when it held. */
  violations(): string[];
}

/** Makes a fresh check for one run. */
export type CheckFactory = (facts: RunFacts) => Check;

/** Collects the cases that broke a rule: the first `keep` described, all counted. */
export class Violations {
  private readonly found: string[] = [];
  private count = 0;

  constructor(private readonly keep = 5) {}

  /** Records a breach when `ok` is false; `describe` is called only then. */
  expect(ok: boolean, describe: () => string): void {
    if (ok) return;
    this.count++;
    if (this.found.length < this.keep) this.found.push(describe());
  }

  list(): string[] {
    return this.count > this.found.length ? [...this.found, `... ${this.count} cases in all`] : [...this.found];
  }
}
