/**
 * Health gates, as safe deployment runs them: each scope (a region, or the
 * whole fleet) watches its latest updates' failures and overruns and its open
 * incidents; past a threshold the gate halts the scope (no update starts
 * there, so displaced updates fall back with their messages), an
 * investigation follows, and updates resume when it ends, or, if it found the
 * bad build, when the fix ships. A halt during a bake between waves makes the
 * bake start again once every scope has resumed.
 */
import { packedArray, triangular, type EventKind, type RandomStream } from '../engine/index.js';
import type { GateRecord, GateSignal, GateSummary } from './SimulationResult.js';
import type { WaveContext } from './WaveContext.js';
import type { WaveProcesses } from './WaveProcesses.js';

/** The latest outcomes of a scope, as a ring of 0/1 flags, and how many of them are 1. */
class RecentOutcomes {
  private readonly ring: Uint8Array;
  private next = 0;
  count = 0;

  constructor(size: number) {
    this.ring = new Uint8Array(size);
  }

  push(flag: boolean): void {
    this.count += (flag ? 1 : 0) - this.ring[this.next];
    this.ring[this.next] = flag ? 1 : 0;
    this.next = (this.next + 1) % this.ring.length;
  }

  clear(): void {
    this.ring.fill(0);
    this.count = 0;
  }
}

export class HealthGates {
  private readonly ctx: WaveContext;
  private readonly p: WaveProcesses;
  private readonly rng: RandomStream;
  private readonly scopes: number;
  private readonly failures: RecentOutcomes[];
  private readonly overruns: RecentOutcomes[];
  private readonly openIncidents: Int32Array;
  /** Finished updates (Database Upgrade ended) seen by each scope. */
  private readonly updatesSeen: Float64Array;
  private readonly halted: Uint8Array;
  private readonly haltedSince: Float64Array;
  private readonly waitingForFix: Uint8Array;
  private readonly exposed: Uint8Array;
  readonly records: GateRecord[] = [];
  private readonly summary: GateSummary = { halts: 0, falseHalts: 0, hoursHalted: 0, firstHaltAt: NaN, detectedAt: NaN, exposure: 0, updatedWithDefect: 0, updatesDisplaced: 0 };
  private readonly INVESTIGATED: EventKind;

  constructor(ctx: WaveContext, processes: WaveProcesses) {
    this.ctx = ctx;
    this.p = processes;
    this.rng = ctx.stream('gates');
    const g = ctx.s.gates;
    this.scopes = g?.scope === 'fleet' ? 1 : ctx.s.regions.length;
    this.failures = packedArray(this.scopes, () => new RecentOutcomes(g?.failures?.lastUpdates ?? 1));
    this.overruns = packedArray(this.scopes, () => new RecentOutcomes(g?.overruns?.lastUpdates ?? 1));
    this.openIncidents = new Int32Array(this.scopes);
    this.updatesSeen = new Float64Array(this.scopes);
    this.halted = new Uint8Array(this.scopes);
    this.haltedSince = new Float64Array(this.scopes).fill(NaN);
    this.waitingForFix = new Uint8Array(this.scopes);
    this.exposed = new Uint8Array(ctx.n);
    this.INVESTIGATED = ctx.sim.defineEvent((scope) => this.investigated(scope));
  }

  private scopeOf(region: number): number {
    return this.scopes === 1 ? 0 : region;
  }

  private scopeName(scope: number): string {
    return this.scopes === 1 ? '*' : this.ctx.s.regions[scope].name;
  }

  private regionsOf(scope: number): number[] {
    return this.scopes === 1 ? this.ctx.s.regions.map((_, r) => r) : [scope];
  }

  /** Whether any scope is halted now. */
  get anyHalted(): boolean {
    return this.halted.includes(1);
  }

  /** A Database Upgrade in `region` ended, failed or not: evidence for the failure and overrun gates. */
  noteFinished(region: number, failed: boolean): void {
    const scope = this.scopeOf(region);
    this.updatesSeen[scope]++;
    const g = this.ctx.s.gates;
    if (!g) return;
    if (g.failures) this.observe(scope, this.failures[scope], failed, 'failures', g.failures.atLeast);
    if (g.overruns) this.observe(scope, this.overruns[scope], false, 'overruns', g.overruns.atLeast);
  }

  /** An update in `region` overran its window (not started in time, or stopped at its close). */
  noteOverrun(region: number): void {
    const g = this.ctx.s.gates;
    if (g?.overruns) this.observe(this.scopeOf(region), this.overruns[this.scopeOf(region)], true, 'overruns', g.overruns.atLeast);
  }

  private observe(scope: number, recent: RecentOutcomes, flag: boolean, signal: GateSignal, threshold: number): void {
    recent.push(flag);
    if (!this.halted[scope] && recent.count >= threshold) this.halt(scope, signal, recent.count, threshold);
  }

  /** Instance i in `region` could not start by its latest start: counted if a halt or its wave's bake held it. */
  noteDisplaced(i: number, region: number): void {
    if (this.halted[this.scopeOf(region)] || !this.p.bake.mayStart(i)) this.summary.updatesDisplaced++;
  }

  /** Incidents opened (+1) or resolved (-1) in `regions`. */
  noteIncidents(regions: readonly number[], change: 1 | -1): void {
    const threshold = this.ctx.s.gates?.openIncidents;
    for (const scope of new Set(regions.map((r) => this.scopeOf(r)))) {
      this.openIncidents[scope] += change;
      if (threshold !== undefined && !this.halted[scope] && this.openIncidents[scope] >= threshold) this.halt(scope, 'openIncidents', this.openIncidents[scope], threshold);
    }
  }

  /** Instance i reached its next version: counted once if its update ran the bad build, and as exposure if before any halt. */
  noteUpdated(i: number, withDefect: boolean): void {
    if (!withDefect || this.exposed[i]) return;
    this.exposed[i] = 1;
    this.summary.updatedWithDefect++;
    if (Number.isNaN(this.summary.firstHaltAt)) this.summary.exposure++;
  }

  private halt(scope: number, signal: GateSignal, value: number, threshold: number): void {
    const c = this.ctx;
    const now = c.sim.now;
    const defect = this.p.badBuild.active;
    this.halted[scope] = 1;
    this.haltedSince[scope] = now;
    this.summary.halts++;
    if (Number.isNaN(this.summary.firstHaltAt)) this.summary.firstHaltAt = now;
    if (!defect) this.summary.falseHalts++;
    else {
      if (Number.isNaN(this.summary.detectedAt)) this.summary.detectedAt = now;
      this.p.badBuild.caught();
    }
    this.record(scope, signal, value, threshold, 'halt');
    for (const r of this.regionsOf(scope)) this.p.updates.pause(r);
    const h = c.s.gates!.investigationHours;
    c.sim.schedule(this.INVESTIGATED, triangular(this.rng, h.min, h.mode, h.max), scope);
  }

  /** The investigation ends: a false alarm (or a fixed build) resumes; a bad build still out waits for its fix if the policy says so. */
  private investigated(scope: number): void {
    if (!this.halted[scope]) return;
    if (this.p.badBuild.active && this.ctx.s.gates!.resume === 'whenFixed') this.waitingForFix[scope] = 1;
    else this.resume(scope, 'investigation');
  }

  /** The bad build's fix ships: scopes waiting for it resume. */
  fixShipped(): void {
    for (let scope = 0; scope < this.scopes; scope++) if (this.waitingForFix[scope]) this.resume(scope, 'fix');
  }

  private resume(scope: number, signal: GateSignal): void {
    this.halted[scope] = 0;
    this.waitingForFix[scope] = 0;
    this.summary.hoursHalted += this.ctx.sim.now - this.haltedSince[scope];
    this.haltedSince[scope] = NaN;
    // Fresh evidence after a halt: what came before was investigated.
    this.failures[scope].clear();
    this.overruns[scope].clear();
    this.record(scope, signal, NaN, NaN, 'resume');
    for (const r of this.regionsOf(scope)) this.p.updates.resume(r);
    if (!this.anyHalted) this.p.bake.noteResumed();
  }

  private record(scope: number, signal: GateSignal, value: number, threshold: number, decision: 'halt' | 'resume'): void {
    const { trace, sim } = this.ctx;
    if (trace) trace({ type: 'gate', time: sim.now, instance: -1, scope: this.scopeName(scope), decision });
    this.records.push({
      time: this.ctx.sim.now,
      scope: this.scopeName(scope),
      signal,
      value,
      threshold,
      decision,
      defectActive: this.p.badBuild.active,
      updatesSeen: this.updatesSeen[scope],
    });
  }

  /** The gates' figures at `until` (the end of the run); halts still on count up to it. */
  result(until: number): GateSummary {
    let hoursHalted = this.summary.hoursHalted;
    for (let scope = 0; scope < this.scopes; scope++) if (this.halted[scope]) hoursHalted += until - this.haltedSince[scope];
    const s = this.summary;
    // A literal, not a spread: a spread's copy took one shape or another from run to run, and every
    // replication's report code that read it was thrown away and compiled again.
    return {
      halts: s.halts,
      falseHalts: s.falseHalts,
      hoursHalted,
      firstHaltAt: s.firstHaltAt,
      detectedAt: s.detectedAt,
      exposure: s.exposure,
      updatedWithDefect: s.updatedWithDefect,
      updatesDisplaced: s.updatesDisplaced,
    };
  }
}
