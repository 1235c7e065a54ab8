/**
 * The fleet: tenants (customer organizations) and their production and
 * sandbox instances, generated from the scenario's distributions or taken
 * from its explicit tenant list.
 */
import { logNormal, packedArray, poisson, stableShape, weightedIndex, type RandomStream } from '../engine/index.js';
import { ADMIN_PROFILES, COMPLEXITIES, VERSIONS, type Scenario } from '../scenario/scenarioSchema.js';
import { ONLINE, ON_PREMISES, PRODUCTION, SANDBOX, VERSION_N1, VERSION_N2, type TenantRecords } from './SimulationResult.js';

/** The oldest on-premises version that can be imported (seed 002: 8.2, the December 2016 update). */
export const MIN_IMPORT_VERSION = '8.2';

/** Whether an on-premises organization at `version` can be imported. */
export function canImport(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  const [minMajor, minMinor] = MIN_IMPORT_VERSION.split('.').map(Number);
  return major > minMajor || (major === minMajor && minor >= minMinor);
}

/** Tenants and their instances, instances grouped by tenant (production first). */
export interface Fleet {
  tenants: TenantRecords;
  /** First instance of each tenant; its instances are firstInstance[t] .. firstInstance[t + 1] - 1. */
  firstInstance: Int32Array;
  instanceCount: number;
  instanceTenant: Int32Array;
  instanceKind: Uint8Array;
  instanceRegion: Uint16Array;
  instanceVersion: Uint8Array;
  instanceStorageGb: Float64Array;
}

/** Tenants as the scenario describes them, one typed array per field, before their instances are laid out. */
interface TenantDrafts {
  records: TenantRecords;
  version: Uint8Array;
  sandboxes: Uint8Array;
  storageGb: Float64Array;
}

/** Room for `n` tenants' records; ids and on-premises versions are filled in order, tenant 0 first. */
export function emptyTenants(n: number): TenantRecords {
  return stableShape({
    count: n,
    // Filled in order, so they grow as packed arrays (a preallocated array of a million holes is a slow dictionary in V8).
    id: [],
    region: new Uint16Array(n),
    admin: new Uint8Array(n),
    complexity: new Uint8Array(n),
    deployment: new Uint8Array(n),
    onPremisesVersion: [],
    extraRecipients: new Uint16Array(n),
  });
}

/** Room for `n` tenants' fields. */
function emptyDrafts(n: number): TenantDrafts {
  return stableShape({
    records: emptyTenants(n),
    version: new Uint8Array(n),
    sandboxes: new Uint8Array(n),
    storageGb: new Float64Array(n),
  });
}

/** Draws the fleet's tenants straight into typed arrays: a million tenants make no object each. */
function generateTenants(scenario: Scenario, rng: RandomStream): TenantDrafts {
  const fleet = scenario.fleet!;
  // packedArray, not map: see there (weightedIndex was deoptimized in every replication's fleet).
  const regionWeights = packedArray(scenario.regions.length, (r) => scenario.regions[r].fleetShare);
  const versionWeights = packedArray(VERSIONS.length, (k) => fleet.versions[VERSIONS[k]]);
  const complexityWeights = packedArray(COMPLEXITIES.length, (k) => fleet.complexity[COMPLEXITIES[k]]);
  const profileWeights = packedArray(ADMIN_PROFILES.length, (k) => fleet.adminProfiles[ADMIN_PROFILES[k]]);
  const onPrem = fleet.onPremises;
  const onPremVersions = onPrem ? Object.keys(onPrem.versions) : [];
  const onPremWeights = packedArray(onPremVersions.length, (k) => onPrem!.versions[onPremVersions[k]]);
  const width = String(fleet.tenants).length;
  const drafts = emptyDrafts(fleet.tenants);
  const t = drafts.records;
  // The draws keep their order per tenant (on premises, region, version, sandboxes, storage, complexity, admin, recipients): the same seed gives the same fleet.
  for (let i = 0; i < fleet.tenants; i++) {
    const onPremisesVersion = onPrem && onPremVersions.length > 0 && rng() < onPrem.share ? onPremVersions[weightedIndex(rng, onPremWeights)] : '';
    t.id[i] = `T${String(i + 1).padStart(width, '0')}`;
    t.region[i] = weightedIndex(rng, regionWeights);
    drafts.version[i] = weightedIndex(rng, versionWeights);
    // An on-premises organization is imported as one organization, without sandboxes.
    drafts.sandboxes[i] = onPremisesVersion ? 0 : weightedIndex(rng, fleet.sandboxesPerTenant);
    drafts.storageGb[i] = logNormal(rng, fleet.productionStorageGb.median, fleet.productionStorageGb.sigma);
    t.complexity[i] = weightedIndex(rng, complexityWeights);
    t.admin[i] = weightedIndex(rng, profileWeights);
    t.extraRecipients[i] = fleet.extraRecipientsMean > 0 ? poisson(rng, fleet.extraRecipientsMean) : 0;
    t.onPremisesVersion[i] = onPremisesVersion;
    t.deployment[i] = onPremisesVersion ? ON_PREMISES : ONLINE;
  }
  return drafts;
}

function listedTenants(scenario: Scenario): TenantDrafts {
  const regionIndex = new Map(scenario.regions.map((r, i) => [r.name, i]));
  const listed = scenario.tenants!;
  const drafts = emptyDrafts(listed.length);
  const t = drafts.records;
  listed.forEach((x, i) => {
    const onPremisesVersion = x.onPremisesVersion ?? '';
    t.id[i] = x.id;
    t.region[i] = regionIndex.get(x.region)!;
    drafts.version[i] = VERSIONS.indexOf(x.version);
    drafts.sandboxes[i] = onPremisesVersion ? 0 : x.sandboxes;
    drafts.storageGb[i] = x.storageGb;
    t.complexity[i] = COMPLEXITIES.indexOf(x.complexity);
    t.admin[i] = ADMIN_PROFILES.indexOf(x.admin);
    t.extraRecipients[i] = x.extraRecipients;
    t.onPremisesVersion[i] = onPremisesVersion;
    t.deployment[i] = onPremisesVersion ? ON_PREMISES : ONLINE;
  });
  return drafts;
}

/** A fleet of `tenants` laid out by `firstInstance`, its instances' fields all zero, to be filled in. */
export function emptyFleet(tenants: TenantRecords, firstInstance: Int32Array): Fleet {
  const count = firstInstance[tenants.count];
  return stableShape({
    tenants,
    firstInstance,
    instanceCount: count,
    instanceTenant: new Int32Array(count),
    instanceKind: new Uint8Array(count),
    instanceRegion: new Uint16Array(count),
    instanceVersion: new Uint8Array(count),
    instanceStorageGb: new Float64Array(count),
  });
}

/**
 * Builds the fleet. On-premises organizations enter as production instances
 * on n-1 when importable (8.2 or later) and n-2 otherwise.
 */
export function buildFleet(scenario: Scenario, rng: RandomStream): Fleet {
  const drafts = scenario.tenants ? listedTenants(scenario) : generateTenants(scenario, rng);
  const sandboxShare = scenario.fleet?.sandboxStorageShare ?? 0.5;
  const tenants = drafts.records;
  const n = tenants.count;
  const firstInstance = new Int32Array(n + 1);
  for (let t = 0; t < n; t++) firstInstance[t + 1] = firstInstance[t] + 1 + drafts.sandboxes[t];
  const fleet = emptyFleet(tenants, firstInstance);
  for (let t = 0; t < n; t++) {
    const onPremisesVersion = tenants.onPremisesVersion[t];
    const version = onPremisesVersion ? (canImport(onPremisesVersion) ? VERSION_N1 : VERSION_N2) : drafts.version[t];
    const storageGb = drafts.storageGb[t];
    for (let i = firstInstance[t]; i < firstInstance[t + 1]; i++) {
      const isProduction = i === firstInstance[t];
      fleet.instanceTenant[i] = t;
      fleet.instanceKind[i] = isProduction ? PRODUCTION : SANDBOX;
      fleet.instanceRegion[i] = tenants.region[t];
      fleet.instanceVersion[i] = version;
      fleet.instanceStorageGb[i] = isProduction ? storageGb : storageGb * sandboxShare;
    }
  }
  return fleet;
}
