/**
 * Zero, as a number V8 keeps in a field as a double. A number field is
 * stored the way its first value suggests: one that starts as the literal 0
 * (a small integer) and takes a fraction later changes its object's shape
 * in mid-run, and every function optimized for the old shape is thrown away
 * and compiled again, in every worker. A number read from a Float64Array is
 * a double even when it is whole, so this zero makes a double field from
 * the start. Give it to number fields that will hold fractions.
 */
export const DOUBLE_ZERO = new Float64Array(1)[0];
