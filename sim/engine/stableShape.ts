/**
 * A copy of `fields`, made field by field. V8 types the fields of an object
 * literal by their first values and widens those types when the literal runs
 * a second time; every function optimized in between on the narrow types is
 * thrown away and compiled again. For the records a run builds (fleet,
 * instance records, hourly series, result) that was most of the model, in
 * the second replication of every worker. A record made by stores keeps one
 * shape from run to run: the second replication of baseline compiled 42–48
 * functions instead of 71–77 (`node --trace-opt`).
 */
export function stableShape<T extends object>(fields: T): T {
  const copy = {} as Record<string, unknown>;
  for (const key of Object.keys(fields)) copy[key] = (fields as Record<string, unknown>)[key];
  return copy as T;
}
