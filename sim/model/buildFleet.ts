/**
 * The fleet: tenants (customer organizations) and their production and
 * sandbox instances, generated from the scenario's distributions or taken
 * from its explicit tenant list.
 */
import { logNormal, poisson, weightedIndex, type RandomStream } from '../engine/index.js';
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

interface TenantDraft {
  id: string;
  region: number;
  version: number;
  sandboxes: number;
  storageGb: number;
  complexity: number;
  admin: number;
  extraRecipients: number;
  onPremisesVersion: string;
}

function generateTenants(scenario: Scenario, rng: RandomStream): TenantDraft[] {
  const fleet = scenario.fleet!;
  const regionWeights = scenario.regions.map((r) => r.fleetShare);
  const versionWeights = VERSIONS.map((v) => fleet.versions[v]);
  const complexityWeights = COMPLEXITIES.map((c) => fleet.complexity[c]);
  const profileWeights = ADMIN_PROFILES.map((p) => fleet.adminProfiles[p]);
  const onPrem = fleet.onPremises;
  const onPremVersions = onPrem ? Object.keys(onPrem.versions) : [];
  const onPremWeights = onPremVersions.map((v) => onPrem!.versions[v]);
  const width = String(fleet.tenants).length;
  const drafts: TenantDraft[] = [];
  for (let i = 0; i < fleet.tenants; i++) {
    const onPremisesVersion = onPrem && onPremVersions.length > 0 && rng() < onPrem.share ? onPremVersions[weightedIndex(rng, onPremWeights)] : '';
    drafts.push({
      id: `T${String(i + 1).padStart(width, '0')}`,
      region: weightedIndex(rng, regionWeights),
      version: weightedIndex(rng, versionWeights),
      // An on-premises organization is imported as one organization, without sandboxes.
      sandboxes: onPremisesVersion ? 0 : weightedIndex(rng, fleet.sandboxesPerTenant),
      storageGb: logNormal(rng, fleet.productionStorageGb.median, fleet.productionStorageGb.sigma),
      complexity: weightedIndex(rng, complexityWeights),
      admin: weightedIndex(rng, profileWeights),
      extraRecipients: fleet.extraRecipientsMean > 0 ? poisson(rng, fleet.extraRecipientsMean) : 0,
      onPremisesVersion,
    });
  }
  return drafts;
}

function listedTenants(scenario: Scenario): TenantDraft[] {
  const regionIndex = new Map(scenario.regions.map((r, i) => [r.name, i]));
  return scenario.tenants!.map((t) => ({
    id: t.id,
    region: regionIndex.get(t.region)!,
    version: VERSIONS.indexOf(t.version),
    sandboxes: t.onPremisesVersion ? 0 : t.sandboxes,
    storageGb: t.storageGb,
    complexity: COMPLEXITIES.indexOf(t.complexity),
    admin: ADMIN_PROFILES.indexOf(t.admin),
    extraRecipients: t.extraRecipients,
    onPremisesVersion: t.onPremisesVersion ?? '',
  }));
}

/**
 * Builds the fleet. On-premises organizations enter as production instances
 * on n-1 when importable (8.2 or later) and n-2 otherwise.
 */
export function buildFleet(scenario: Scenario, rng: RandomStream): Fleet {
  const drafts = scenario.tenants ? listedTenants(scenario) : generateTenants(scenario, rng);
  const sandboxShare = scenario.fleet?.sandboxStorageShare ?? 0.5;
  const n = drafts.length;
  const tenants: TenantRecords = {
    count: n,
    id: drafts.map((d) => d.id),
    region: Uint16Array.from(drafts, (d) => d.region),
    admin: Uint8Array.from(drafts, (d) => d.admin),
    complexity: Uint8Array.from(drafts, (d) => d.complexity),
    deployment: Uint8Array.from(drafts, (d) => (d.onPremisesVersion ? ON_PREMISES : ONLINE)),
    onPremisesVersion: drafts.map((d) => d.onPremisesVersion),
    extraRecipients: Uint16Array.from(drafts, (d) => d.extraRecipients),
  };
  const firstInstance = new Int32Array(n + 1);
  for (let t = 0; t < n; t++) firstInstance[t + 1] = firstInstance[t] + 1 + drafts[t].sandboxes;
  const count = firstInstance[n];
  const fleet: Fleet = {
    tenants,
    firstInstance,
    instanceCount: count,
    instanceTenant: new Int32Array(count),
    instanceKind: new Uint8Array(count),
    instanceRegion: new Uint16Array(count),
    instanceVersion: new Uint8Array(count),
    instanceStorageGb: new Float64Array(count),
  };
  drafts.forEach((d, t) => {
    const version = d.onPremisesVersion ? (canImport(d.onPremisesVersion) ? VERSION_N1 : VERSION_N2) : d.version;
    for (let i = firstInstance[t]; i < firstInstance[t + 1]; i++) {
      const isProduction = i === firstInstance[t];
      fleet.instanceTenant[i] = t;
      fleet.instanceKind[i] = isProduction ? PRODUCTION : SANDBOX;
      fleet.instanceRegion[i] = d.region;
      fleet.instanceVersion[i] = version;
      fleet.instanceStorageGb[i] = isProduction ? d.storageGb : d.storageGb * sandboxShare;
    }
  });
  return fleet;
}
