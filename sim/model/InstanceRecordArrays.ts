/**
 * A fleet's instance records, empty (times NaN, counts 0), for a run to fill
 * in; the fleet's own fields are shared, not copied. A class, not an object
 * literal: V8 types a literal's fields by the first run's arrays and widens
 * them on the second, which throws away the model's optimized code in every
 * worker (see stableShape), and a record this wide copied field by field is
 * kept as a hash table, slow to read in the hot loop.
 */
import type { Fleet } from './buildFleet.js';
import type { InstanceRecords } from './SimulationResult.js';

export class InstanceRecordArrays implements InstanceRecords {
  readonly count: number;
  readonly tenant: Int32Array;
  readonly kind: Uint8Array;
  readonly region: Uint16Array;
  readonly fromVersion: Uint8Array;
  readonly toVersion: Uint8Array;
  readonly storageGb: Float64Array;
  readonly firstScheduledAt: Float64Array;
  readonly scheduledAt: Float64Array;
  readonly approvedAt: Float64Array;
  readonly rescheduledAt: Float64Array;
  readonly startAt: Float64Array;
  readonly backupEndAt: Float64Array;
  readonly restoreEndAt: Float64Array;
  readonly upgradeEndAt: Float64Array;
  readonly completedAt: Float64Array;
  readonly outcome: Uint8Array;
  readonly attempts: Uint16Array;
  readonly stepsCompleted: Uint8Array;
  readonly fallbacks: Uint16Array;
  readonly reschedules: Uint16Array;
  readonly failures: Uint16Array;
  readonly mandatory: Uint8Array;
  readonly downtimeHours: Float64Array;

  constructor(f: Fleet) {
    const n = f.instanceCount;
    const times = () => new Float64Array(n).fill(NaN);
    this.count = n;
    this.tenant = f.instanceTenant;
    this.kind = f.instanceKind;
    this.region = f.instanceRegion;
    this.fromVersion = f.instanceVersion;
    this.toVersion = new Uint8Array(n);
    this.storageGb = f.instanceStorageGb;
    this.firstScheduledAt = times();
    this.scheduledAt = times();
    this.approvedAt = times();
    this.rescheduledAt = times();
    this.startAt = times();
    this.backupEndAt = times();
    this.restoreEndAt = times();
    this.upgradeEndAt = times();
    this.completedAt = times();
    this.outcome = new Uint8Array(n);
    this.attempts = new Uint16Array(n);
    this.stepsCompleted = new Uint8Array(n);
    this.fallbacks = new Uint16Array(n);
    this.reschedules = new Uint16Array(n);
    this.failures = new Uint16Array(n);
    this.mandatory = new Uint8Array(n);
    this.downtimeHours = new Float64Array(n);
  }
}
