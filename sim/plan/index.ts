/**
 * The planner's batch layer: replications of a scenario under seeds derived
 * from its own, what they say with their uncertainty, the capacity that meets
 * a target, the difference between plans and which input matters most. Pure
 * functions, no Node built-ins and no DOM: the command line runs the work
 * unit in worker threads, the app in web workers; both run a study through
 * the same functions (planCapacity, compareScenarios, studySensitivity).
 */
export { replicationSeed } from './replicationSeed.js';
export { replicationSeeds } from './replicationSeeds.js';
export type { ReplicationJob, RunReplications } from './RunReplications.js';
export type { KpiKey, ReplicationResult, ReplicationSeries } from './ReplicationResult.js';
export { runReplication } from './runReplication.js';
export { transferableBuffers } from './transferableBuffers.js';
export { onTimeShare } from '../report/onTimeShare.js';
export { kpiDescriptions, type KpiDescription } from './kpiDescriptions.js';
export { seriesBands, type SeriesBand, type SeriesBands } from './seriesBands.js';
export { REPLICATION_COLUMNS, replicationRows } from './replicationRows.js';
export { bandColumns, bandRows } from './bandRows.js';
export { replicationFiles } from './replicationFiles.js';
export { TARGET_KPIS, TargetError, parseTarget, parseTargets, type Target, type TargetName } from './parseTarget.js';
export { lowerConfidenceBound } from './lowerConfidenceBound.js';
export { evaluateTargets, type TargetEvaluation } from './evaluateTargets.js';
export { SCALED_INPUTS, SCALED_INPUT_NAMES, scaleInput, type ScaledInput } from './scaleInput.js';
export { CAPACITY_WORDS, DEFAULT_LEVEL_GRID, LEVEL_GRID_LIMITS, capacityLevels, regionCapacity, withCapacity, type CapacityKind, type CapacityLevel, type LevelGrid } from './capacityLevels.js';
export { maxEvaluations, searchCapacity, type CapacitySearch } from './searchCapacity.js';
export type { CapacityPlan, PlanStep, RegionOutcome } from './CapacityPlan.js';
export { regionSweep, type SweepPoint } from './regionSweep.js';
export { PLAN_STATUS, planColumns, planRows } from './planRows.js';
export { planVerdict, type PlanVerdict } from './planVerdict.js';
export { recommendationTable, type RecommendationRow, type RecommendationTable } from './recommendationTable.js';
export { planCapacity, planRunCount, type PlanRequest } from './planCapacity.js';
export { pairedDifference, type PairedDifference } from './pairedDifference.js';
export { COMPARE_COLUMNS, compareRows, type ComparedScenario } from './compareRows.js';
export { compareScenarios, type ScenarioToCompare } from './compareScenarios.js';
export { DEFAULT_RANGE, VariationError, parseVariation, variations, type Variation } from './parseVariation.js';
export { SENSITIVITY_COLUMNS, SENSITIVITY_KPIS, sensitivityRows, type InputRuns, type SensitivityStudy } from './sensitivityRows.js';
export { sensitivitySettingCount, studySensitivity } from './studySensitivity.js';
export { BATCH_KPIS } from './batchKpis.js';
export { MAX_THRESHOLDS, ThresholdError, parseThresholds } from './parseThresholds.js';
export { GatesStudyError, gatedScenario, gatesSettingCount, studyGates, studyWindow, type GateSetting, type GatesStudy } from './studyGates.js';
export { GATES_STUDY_COLUMNS, GATES_STUDY_FILE, gatesStudyCsv, gatesStudyRows, recommendedThreshold, type GateTargets } from './gatesStudyRows.js';
export { gatesVerdict } from './gatesVerdict.js';
export { formatInterval, formatStat, NO_VALUE } from './formatStat.js';
export { runsCovered } from './runsCovered.js';
export { differenceReading, NEGLIGIBLE_FRACTION, NEGLIGIBLE_POINTS } from './differenceReading.js';
export { targetChances, type TargetChance } from './targetChances.js';
