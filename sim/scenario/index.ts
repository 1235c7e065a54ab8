/**
 * The scenario layer: the file format, its validation into a `Scenario`, and
 * the errors that point at what is wrong. Everything downstream (fleet,
 * simulation, report) starts from a validated `Scenario`.
 */
export {
  scenarioSchema,
  VERSIONS,
  COMPLEXITIES,
  ADMIN_PROFILES,
  INCIDENT_KINDS,
  type Scenario,
  type ScenarioInput,
  type Version,
  type Complexity,
  type AdminProfileName,
  type IncidentKind,
  type ScheduledIncident,
} from './scenarioSchema.js';
export { parseScenario, validateScenario } from './parseScenario.js';
export { decodeScenarioBytes } from './decodeScenarioBytes.js';
export { estimateWork, WORK_LIMITS, type WorkEstimate } from './estimateWork.js';
export { SCENARIO_BOUNDS } from './scenarioBounds.js';
export { ScenarioError, issueLine, type ScenarioIssue } from './ScenarioError.js';
export { scenarioJsonSchemaText } from './scenarioJsonSchema.js';
