/**
 * A bad build in the release: from the day it goes out until its fix ships,
 * updates started raise their failure odds by the defect's factor (for one
 * customization complexity, or all). Its fix ships on a known date, or a
 * drawn time after the first halt a health gate makes while it is out (a
 * hotfix written once monitoring caught the problem), whichever comes first.
 */
import { triangular, type EventKind, type RandomStream } from '../engine/index.js';
import { COMPLEXITIES } from '../scenario/scenarioSchema.js';
import { hoursSinceEpoch } from './calendar.js';
import type { WaveContext } from './WaveContext.js';
import type { WaveProcesses } from './WaveProcesses.js';

export class BadBuild {
  private readonly ctx: WaveContext;
  private readonly p: WaveProcesses;
  private readonly rng: RandomStream;
  /** When the bad build goes out (Infinity: no defect in the scenario). */
  readonly from: number;
  /** When its fix shipped or ships (Infinity until known). */
  private fixedAt: number;
  /** Complexity index affected, or -1 for all. */
  private readonly complexity: number;
  private readonly factor: number;
  private hotfixDrawn = false;
  private readonly FIX: EventKind;

  constructor(ctx: WaveContext, processes: WaveProcesses) {
    this.ctx = ctx;
    this.p = processes;
    this.rng = ctx.stream('defect');
    const d = ctx.s.defect;
    const epoch = ctx.s.release.announce;
    this.from = d ? Math.max(0, d.from ? hoursSinceEpoch(epoch, d.from) : 0) : Infinity;
    this.fixedAt = d?.fixAt ? hoursSinceEpoch(epoch, d.fixAt) : Infinity;
    this.complexity = d?.complexity ? COMPLEXITIES.indexOf(d.complexity) : -1;
    this.factor = d?.factor ?? 1;
    this.FIX = ctx.sim.defineEvent(() => this.p.gates.fixShipped());
  }

  /** Puts a known fix date in the diary. */
  plan(): void {
    if (Number.isFinite(this.fixedAt) && this.fixedAt < this.ctx.horizonHours) this.ctx.sim.scheduleAt(this.FIX, Math.max(this.ctx.sim.now, this.fixedAt));
  }

  /** Whether the bad build is out now. */
  get active(): boolean {
    const now = this.ctx.sim.now;
    return now >= this.from && now < this.fixedAt;
  }

  /** Factor on the failure odds of an update of `complexity` starting now. */
  failureFactor(complexity: number): number {
    return this.active && (this.complexity < 0 || this.complexity === complexity) ? this.factor : 1;
  }

  /** A gate halted the wave while the bad build was out: its fix is written, and ships after a drawn time unless fixAt comes first (once). */
  caught(): void {
    const after = this.ctx.s.defect?.fixAfterHaltHours;
    if (!after || this.hotfixDrawn) return;
    this.hotfixDrawn = true;
    const at = this.ctx.sim.now + triangular(this.rng, after.min, after.mode, after.max);
    if (at >= this.fixedAt) return;
    this.fixedAt = at;
    if (at < this.ctx.horizonHours) this.ctx.sim.scheduleAt(this.FIX, at);
  }
}
