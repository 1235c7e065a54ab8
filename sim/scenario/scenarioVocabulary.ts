/**
 * The words a scenario file chooses from: versions, customization
 * complexities, admin profiles and incident kinds. Kept apart from the
 * schema so that the planner's form can offer them without loading the
 * validation code, which the page loads only when it needs it.
 */

export const VERSIONS = ['n', 'n-1', 'n-2'] as const;
export const COMPLEXITIES = ['low', 'medium', 'high'] as const;
export const ADMIN_PROFILES = ['prompt', 'average', 'procrastinating', 'unresponsive'] as const;
export const INCIDENT_KINDS = ['plannedMaintenance', 'unplanned', 'major'] as const;
