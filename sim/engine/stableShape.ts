/**
 * A copy of `fields`, made field by field. V8 types the fields of an object
 * literal by their first values and widens those types when the literal runs
 * a second time; every function optimized in between on the narrow types is
 * thrown away and compiled again. For the records a run builds (fleet,
 * tenants, hourly series, instance records) that was much of the model, in
 * the second replication of every worker. A record made by stores keeps one
 * shape from run to run: with these copies and InstanceRecordArrays, the
 * second replication of baseline compiled 45–54 functions instead of 71–77
 * (`node --trace-opt`).
 *
 * For small records only: past about twenty fields V8 keeps an object built
 * by keyed stores as a hash table, slow to read, so a wider record is a
 * class (see InstanceRecordArrays).
 */
export function stableShape<T extends object>(fields: T): T {
  const keys = Object.keys(fields);
  if (keys.length > STABLE_SHAPE_FIELDS) throw new RangeError(`stableShape: ${keys.length} fields, more than ${STABLE_SHAPE_FIELDS}: make the record a class`);
  const copy = {} as Record<string, unknown>;
  for (const key of keys) copy[key] = (fields as Record<string, unknown>)[key];
  return copy as T;
}

/** The most fields a record copied by stableShape may have: Node 20 kept 19 as a plain object, 20 as a hash table. */
export const STABLE_SHAPE_FIELDS = 16;
