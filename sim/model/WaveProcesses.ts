/**
 * The processes of a release wave, by name: how each reaches the others
 * through a few named calls (the schedule asks the admins, the updates ask
 * the backup system for its speed, incidents and health gates pause the
 * updates).
 */
import type { Admins } from './Admins.js';
import type { Backups } from './Backups.js';
import type { BadBuild } from './BadBuild.js';
import type { HealthGates } from './HealthGates.js';
import type { Incidents } from './Incidents.js';
import type { ServiceSchedule } from './ServiceSchedule.js';
import type { Storage } from './Storage.js';
import type { Updates } from './Updates.js';
import type { WaveBake } from './WaveBake.js';

export class WaveProcesses {
  // Declared, not initialized: each field is defined empty first, so V8 types it loosely from the start
  // instead of by the first run's process objects, whose shapes a long run changes (see stableShape).
  schedule!: ServiceSchedule;
  admins!: Admins;
  updates!: Updates;
  backups!: Backups;
  incidents!: Incidents;
  storage!: Storage;
  badBuild!: BadBuild;
  gates!: HealthGates;
  bake!: WaveBake;
}
